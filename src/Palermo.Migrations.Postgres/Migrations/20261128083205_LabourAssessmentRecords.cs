using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Palermo.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class LabourAssessmentRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LabourAssessmentRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CountryIso3 = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Sector = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: true),
                    Sex = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    AgeGroup = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Outcome = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Indicators = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    CatalogueId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CatalogueVersion = table.Column<int>(type: "integer", nullable: false),
                    RecordedOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LabourAssessmentRecords", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LabourAssessmentRecords_CountryIso3_RecordedOn",
                table: "LabourAssessmentRecords",
                columns: new[] { "CountryIso3", "RecordedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LabourAssessmentRecords");
        }
    }
}

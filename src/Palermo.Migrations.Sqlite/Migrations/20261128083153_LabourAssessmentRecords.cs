using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Palermo.Migrations.Sqlite.Migrations
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CountryIso3 = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Sector = table.Column<string>(type: "TEXT", maxLength: 1, nullable: true),
                    Sex = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    AgeGroup = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Indicators = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CatalogueId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CatalogueVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordedOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
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

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Palermo.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ScreeningReferralContacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ReferralContacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CountryIso3 = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Url = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    IsDemo = table.Column<bool>(type: "boolean", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Descriptions_Ar = table.Column<string>(type: "text", nullable: false),
                    Descriptions_En = table.Column<string>(type: "text", nullable: false),
                    Descriptions_Es = table.Column<string>(type: "text", nullable: false),
                    Descriptions_Fr = table.Column<string>(type: "text", nullable: false),
                    Descriptions_Ru = table.Column<string>(type: "text", nullable: false),
                    Descriptions_Zh = table.Column<string>(type: "text", nullable: false),
                    Names_Ar = table.Column<string>(type: "text", nullable: false),
                    Names_En = table.Column<string>(type: "text", nullable: false),
                    Names_Es = table.Column<string>(type: "text", nullable: false),
                    Names_Fr = table.Column<string>(type: "text", nullable: false),
                    Names_Ru = table.Column<string>(type: "text", nullable: false),
                    Names_Zh = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReferralContacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReferralContacts_Countries_CountryIso3",
                        column: x => x.CountryIso3,
                        principalTable: "Countries",
                        principalColumn: "Iso3",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ReferralContacts_CountryIso3",
                table: "ReferralContacts",
                column: "CountryIso3");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReferralContacts");
        }
    }
}

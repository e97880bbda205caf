using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Palermo.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ScreeningCatalogueVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LabourCatalogueVersions",
                columns: table => new
                {
                    CatalogueId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CatalogueJson = table.Column<string>(type: "TEXT", nullable: false),
                    TranslationsJson = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    CreatedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Changes = table.Column<string>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LabourCatalogueVersions", x => new { x.CatalogueId, x.Version });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LabourCatalogueVersions");
        }
    }
}

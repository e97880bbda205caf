using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Palermo.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Knowledge : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CaseLaw",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CountryIso3 = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Court = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    CourtLevel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DecisionDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Verdict = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Sentence = table.Column<string>(type: "TEXT", nullable: false),
                    Appeal = table.Column<string>(type: "TEXT", nullable: false),
                    DefendantCount = table.Column<int>(type: "INTEGER", nullable: false),
                    VictimCount = table.Column<int>(type: "INTEGER", nullable: false),
                    ExploitationForms = table.Column<string>(type: "TEXT", nullable: false),
                    Acts = table.Column<string>(type: "TEXT", nullable: false),
                    Means = table.Column<string>(type: "TEXT", nullable: false),
                    Purposes = table.Column<string>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Protocols = table.Column<string>(type: "TEXT", nullable: false),
                    Articles = table.Column<string>(type: "TEXT", nullable: false),
                    Sources = table.Column<string>(type: "TEXT", nullable: false),
                    TranslationGroupId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ReviewNote = table.Column<string>(type: "TEXT", nullable: true),
                    AuthorUserId = table.Column<string>(type: "TEXT", nullable: true),
                    AuthorCountryIso3 = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Defendants = table.Column<string>(type: "TEXT", nullable: true),
                    Victims = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseLaw", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "KnowledgeRevisions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RecordId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ChangedByUserId = table.Column<string>(type: "TEXT", nullable: true),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Snapshot = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KnowledgeRevisions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Practices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Countries = table.Column<string>(type: "TEXT", nullable: false),
                    Organizations = table.Column<string>(type: "TEXT", nullable: false),
                    PeriodStartYear = table.Column<int>(type: "INTEGER", nullable: true),
                    PeriodEndYear = table.Column<int>(type: "INTEGER", nullable: true),
                    Results = table.Column<string>(type: "TEXT", nullable: false),
                    Links = table.Column<string>(type: "TEXT", nullable: false),
                    HumanitarianCrisis = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Protocols = table.Column<string>(type: "TEXT", nullable: false),
                    Articles = table.Column<string>(type: "TEXT", nullable: false),
                    Sources = table.Column<string>(type: "TEXT", nullable: false),
                    TranslationGroupId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ReviewNote = table.Column<string>(type: "TEXT", nullable: true),
                    AuthorUserId = table.Column<string>(type: "TEXT", nullable: true),
                    AuthorCountryIso3 = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Practices", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseLaw_AuthorUserId",
                table: "CaseLaw",
                column: "AuthorUserId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseLaw_CountryIso3",
                table: "CaseLaw",
                column: "CountryIso3");

            migrationBuilder.CreateIndex(
                name: "IX_CaseLaw_Status",
                table: "CaseLaw",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_CaseLaw_TranslationGroupId",
                table: "CaseLaw",
                column: "TranslationGroupId");

            migrationBuilder.CreateIndex(
                name: "IX_KnowledgeRevisions_RecordId_Version",
                table: "KnowledgeRevisions",
                columns: new[] { "RecordId", "Version" });

            migrationBuilder.CreateIndex(
                name: "IX_Practices_AuthorUserId",
                table: "Practices",
                column: "AuthorUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Practices_Category",
                table: "Practices",
                column: "Category");

            migrationBuilder.CreateIndex(
                name: "IX_Practices_Status",
                table: "Practices",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_Practices_TranslationGroupId",
                table: "Practices",
                column: "TranslationGroupId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseLaw");

            migrationBuilder.DropTable(
                name: "KnowledgeRevisions");

            migrationBuilder.DropTable(
                name: "Practices");
        }
    }
}

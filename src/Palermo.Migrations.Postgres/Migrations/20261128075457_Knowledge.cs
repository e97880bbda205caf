using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Palermo.Migrations.Postgres.Migrations
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CountryIso3 = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Court = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    CourtLevel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DecisionDate = table.Column<DateOnly>(type: "date", nullable: true),
                    CaseNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Verdict = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Sentence = table.Column<string>(type: "text", nullable: false),
                    Appeal = table.Column<string>(type: "text", nullable: false),
                    DefendantCount = table.Column<int>(type: "integer", nullable: false),
                    VictimCount = table.Column<int>(type: "integer", nullable: false),
                    ExploitationForms = table.Column<List<string>>(type: "text[]", nullable: false),
                    Acts = table.Column<List<string>>(type: "text[]", nullable: false),
                    Means = table.Column<List<string>>(type: "text[]", nullable: false),
                    Purposes = table.Column<List<string>>(type: "text[]", nullable: false),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Summary = table.Column<string>(type: "text", nullable: false),
                    Body = table.Column<string>(type: "text", nullable: false),
                    Language = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Protocols = table.Column<List<string>>(type: "text[]", nullable: false),
                    Articles = table.Column<List<string>>(type: "text[]", nullable: false),
                    Sources = table.Column<List<string>>(type: "text[]", nullable: false),
                    TranslationGroupId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ReviewNote = table.Column<string>(type: "text", nullable: true),
                    AuthorUserId = table.Column<string>(type: "text", nullable: true),
                    AuthorCountryIso3 = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Defendants = table.Column<string>(type: "jsonb", nullable: true),
                    Victims = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseLaw", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "KnowledgeRevisions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RecordId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ChangedByUserId = table.Column<string>(type: "text", nullable: true),
                    ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Snapshot = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KnowledgeRevisions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Practices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Countries = table.Column<List<string>>(type: "text[]", nullable: false),
                    Organizations = table.Column<List<string>>(type: "text[]", nullable: false),
                    PeriodStartYear = table.Column<int>(type: "integer", nullable: true),
                    PeriodEndYear = table.Column<int>(type: "integer", nullable: true),
                    Results = table.Column<string>(type: "text", nullable: false),
                    Links = table.Column<List<string>>(type: "text[]", nullable: false),
                    HumanitarianCrisis = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Summary = table.Column<string>(type: "text", nullable: false),
                    Body = table.Column<string>(type: "text", nullable: false),
                    Language = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Protocols = table.Column<List<string>>(type: "text[]", nullable: false),
                    Articles = table.Column<List<string>>(type: "text[]", nullable: false),
                    Sources = table.Column<List<string>>(type: "text[]", nullable: false),
                    TranslationGroupId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ReviewNote = table.Column<string>(type: "text", nullable: true),
                    AuthorUserId = table.Column<string>(type: "text", nullable: true),
                    AuthorCountryIso3 = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
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

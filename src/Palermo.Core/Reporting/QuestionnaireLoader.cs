using Microsoft.EntityFrameworkCore;
using Palermo.Data;
using Palermo.ReferenceData;

namespace Palermo.Reporting;

/// <summary>Loads the questionnaires shipped in data/reporting at start; a version already stored is never changed.</summary>
public sealed class QuestionnaireLoader(PalermoDbContext db, TimeProvider clock)
{
    public static IEnumerable<string> ShippedFiles =>
        Directory.Exists(ReferenceDataFiles.Reporting)
            ? Directory.EnumerateFiles(ReferenceDataFiles.Reporting, "questionnaire-*.json").Order(StringComparer.Ordinal)
            : [];

    public static IReadOnlyList<QuestionnaireDefinition> Shipped() =>
        ShippedFiles.Select(f => QuestionnaireJson.Parse(File.ReadAllText(f))).ToList();

    public async Task LoadAsync(CancellationToken cancellationToken = default)
    {
        foreach (var definition in Shipped())
        {
            if (await db.Questionnaires.AnyAsync(q => q.Code == definition.Code && q.Version == definition.Version, cancellationToken)) continue;
            db.Questionnaires.Add(new Questionnaire
            {
                Code = definition.Code, Version = definition.Version, Protocol = definition.Protocol,
                Definition = QuestionnaireJson.Write(definition), CreatedAt = clock.GetUtcNow(),
            });
        }
        if (db.ChangeTracker.HasChanges()) await db.SaveChangesAsync(cancellationToken);
    }
}

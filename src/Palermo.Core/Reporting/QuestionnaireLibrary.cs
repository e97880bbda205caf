using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Palermo.Data;

namespace Palermo.Reporting;

/// <summary>The questionnaires Palermo holds: each code and version once, as versioned data.</summary>
public sealed class QuestionnaireLibrary(PalermoDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<Questionnaire>> ListAsync(CancellationToken cancellationToken = default) =>
        await db.Questionnaires.AsNoTracking().OrderBy(q => q.Code).ThenBy(q => q.Version).ToListAsync(cancellationToken);

    public Task<Questionnaire?> FindAsync(int id, CancellationToken cancellationToken = default) =>
        db.Questionnaires.AsNoTracking().FirstOrDefaultAsync(q => q.Id == id, cancellationToken);

    /// <summary>Adds a questionnaire read from a file; a code and version already held is refused, never replaced.</summary>
    public async Task<Outcome<Questionnaire>> AddAsync(QuestionnaireDefinition definition, CancellationToken cancellationToken = default)
    {
        if (await db.Questionnaires.AnyAsync(q => q.Code == definition.Code && q.Version == definition.Version, cancellationToken))
            return ProblemCodes.QuestionnaireExists.With(string.Create(CultureInfo.InvariantCulture, $"{definition.Code} v{definition.Version}"));
        var questionnaire = new Questionnaire
        {
            Code = definition.Code, Version = definition.Version, Protocol = definition.Protocol,
            Definition = QuestionnaireJson.Write(definition), CreatedAt = clock.GetUtcNow(),
        };
        db.Questionnaires.Add(questionnaire);
        await db.SaveChangesAsync(cancellationToken);
        return questionnaire;
    }
}

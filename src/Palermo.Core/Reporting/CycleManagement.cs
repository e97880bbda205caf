using Palermo.Access;
using Palermo.TreatyStatus;

namespace Palermo.Reporting;

/// <summary>A cycle's figures as the secretariat exports them: who answered, and the analysis beside it.</summary>
public sealed record CycleFigures(CycleDetail Detail, IReadOnlyList<RespondentRow> Rows, AnalysisReport? Analysis);

/// <summary>
/// The secretariat's use cases on cycles, each one entry point that authorizes (<see cref="ReportingPermission.ManageCycles"/>),
/// finds, acts and audits: create, move, extend a deadline, remind, export. The API and the pages call these and only
/// map the outcome; <see cref="CycleService"/> underneath is the trusted service demo data and tests also use.
/// </summary>
public sealed class CycleManagement(CycleService cycles, ReminderService reminders, CycleQueries queries, CycleExports exports)
{
    public async Task<Outcome<CycleDetail>> CreateAsync(Actor actor, Protocol protocol, int? questionnaireId, DateOnly opensOn, DateOnly deadline,
        CancellationToken cancellationToken = default)
    {
        if (!actor.Can(ReportingPermission.ManageCycles)) return ProblemCodes.Forbidden.With();
        var created = await cycles.CreateAsync(protocol, questionnaireId, opensOn, deadline, cancellationToken);
        return created.Succeeded ? (await cycles.FindAsync(created.Value.Id, cancellationToken))! : created.Problem;
    }

    /// <summary>One step forward: open (all six languages complete), close, archive.</summary>
    public async Task<Outcome<CycleDetail>> MoveAsync(Actor actor, int cycleId, CycleState to, CancellationToken cancellationToken = default)
    {
        if (!actor.Can(ReportingPermission.ManageCycles)) return ProblemCodes.Forbidden.With();
        var moved = await cycles.MoveAsync(cycleId, to, cancellationToken);
        return moved.Succeeded ? (await cycles.FindAsync(cycleId, cancellationToken))! : moved.Problem;
    }

    public async Task<Outcome<DeadlineExtension>> ExtendAsync(Actor actor, int cycleId, string iso3, DateOnly deadline,
        CancellationToken cancellationToken = default) =>
        actor.Can(ReportingPermission.ManageCycles)
            ? await cycles.ExtendAsync(cycleId, iso3.ToUpperInvariant(), deadline, cancellationToken)
            : ProblemCodes.Forbidden.With();

    /// <summary>Reminds the States that have not answered (all of them, or the ones listed), each in its language.</summary>
    public async Task<Outcome<IReadOnlyList<ReminderSent>>> RemindAsync(Actor actor, int cycleId, IReadOnlyList<string>? countries,
        CancellationToken cancellationToken = default)
    {
        if (!actor.Can(ReportingPermission.ManageCycles)) return Outcome<IReadOnlyList<ReminderSent>>.Fail(ProblemCodes.Forbidden.With());
        if (await cycles.FindAsync(cycleId, cancellationToken) is not { } detail) return Outcome<IReadOnlyList<ReminderSent>>.Fail(ProblemCodes.NotFound.With());
        return await reminders.SendAsync(detail.Cycle, countries, cancellationToken);
    }

    /// <summary>Who answered, with names in <paramref name="language"/>, and (with the analysis) everything an XLSX export holds; audited.</summary>
    public async Task<Outcome<CycleFigures>> ExportAsync(Actor actor, int cycleId, string language, string format, bool withAnalysis,
        CancellationToken cancellationToken = default)
    {
        if (!actor.Can(ReportingPermission.ManageCycles)) return ProblemCodes.Forbidden.With();
        if (await cycles.FindAsync(cycleId, cancellationToken) is not { } detail) return ProblemCodes.NotFound.With();
        var rows = await queries.RespondentRowsAsync(detail, language, cancellationToken);
        var analysis = withAnalysis ? await cycles.AnalysisAsync(detail, language, null, cancellationToken) : null;
        await exports.RecordAsync(detail.Cycle, format, cancellationToken);
        return new CycleFigures(detail, rows, analysis);
    }
}

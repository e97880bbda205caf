namespace Palermo.Search.Analysis;

/// <summary>Outcome of <see cref="QueryTextValidator.Validate"/>.</summary>
/// <param name="Problem"><see cref="QueryTextProblem.None"/> when the query may be searched.</param>
/// <param name="Code">Stable machine-readable code such as «query_too_long»; null when valid.</param>
/// <param name="Message">English explanation for logs and the problem detail; null when valid.</param>
public sealed record QueryTextValidation(QueryTextProblem Problem, string? Code, string? Message)
{
    public static QueryTextValidation Valid { get; } = new(QueryTextProblem.None, null, null);

    public bool IsValid => Problem == QueryTextProblem.None;

    internal static QueryTextValidation Reject(QueryTextProblem problem, string message) =>
        new(problem, CodeOf(problem), message);

    /// <summary>The stable code for <paramref name="problem"/>; clients may rely on these strings.</summary>
    public static string? CodeOf(QueryTextProblem problem) => problem switch
    {
        QueryTextProblem.None => null,
        QueryTextProblem.Empty => "query_empty",
        QueryTextProblem.TooLong => "query_too_long",
        QueryTextProblem.ControlCharacter => "query_control_character",
        QueryTextProblem.InvalidUnicode => "query_invalid_unicode",
        QueryTextProblem.UnbalancedQuotes => "query_unbalanced_quotes",
        _ => throw new ArgumentOutOfRangeException(nameof(problem), problem, null),
    };
}

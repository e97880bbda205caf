using System.Diagnostics.CodeAnalysis;

namespace Palermo;

/// <summary>
/// The result of one use case: its value, or the one <see cref="Problem"/> that stopped it. Front doors map it —
/// the API to RFC 9457 problem details, a page to a message beside the field — and never look inside strings.
/// </summary>
public sealed class Outcome<T>
{
    private Outcome(T? value, Problem? problem)
    {
        Value = value;
        Problem = problem;
    }

    public T? Value { get; }

    public Problem? Problem { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Problem))]
    public bool Succeeded => Problem is null;

    public static Outcome<T> Ok(T value) => new(value, null);

    public static Outcome<T> Fail(Problem problem) => new(default, problem);

    public static Outcome<T> Fail(ProblemCode code, string? detail = null) => new(default, code.With(detail));

    public static implicit operator Outcome<T>(T value) => Ok(value);

    public static implicit operator Outcome<T>(Problem problem) => Fail(problem);

    /// <summary>The same problem for another value type (a failed step of a longer use case).</summary>
    public Outcome<TOther> Map<TOther>(Func<T, TOther> map) => Succeeded ? Outcome<TOther>.Ok(map(Value)) : Outcome<TOther>.Fail(Problem);
}

namespace Palermo.Accounts;

/// <summary>A reason an account operation was refused; <see cref="Code"/> is a resource key suffix, localized by the host.</summary>
public sealed record AccountProblem(string Field, string Code, string? Value = null);

public sealed record AccountResult<T>(T? Value, IReadOnlyList<AccountProblem> Problems)
{
    public bool Succeeded => Problems.Count == 0;

    public static AccountResult<T> Ok(T value) => new(value, []);

    public static AccountResult<T> Fail(params AccountProblem[] problems) => new(default, problems);
}

namespace Palermo.Accounts;

public sealed record AccountResult<T>(T? Value, IReadOnlyList<FieldError> Problems)
{
    public bool Succeeded => Problems.Count == 0;

    public static AccountResult<T> Ok(T value) => new(value, []);

    public static AccountResult<T> Fail(params FieldError[] problems) => new(default, problems);
}

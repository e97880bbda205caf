namespace Palermo;

/// <summary>
/// One refused value: the field (or, for a questionnaire answer, the question code) it came in, why (a code whose
/// message is the resource «Error.{code}», or «Error.answer-{code}» for answers) and the value as sent.
/// </summary>
public sealed record FieldError(string Field, string Code, string? Value = null, bool IsAnswer = false);

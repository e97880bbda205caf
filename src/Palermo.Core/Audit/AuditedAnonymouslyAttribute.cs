namespace Palermo.Audit;

/// <summary>
/// Marks a record whose design promises it cannot be traced back to whoever saved it (the anonymous screening record).
/// Its audit lines keep the action, type and country, but no record id, no user, no address and no time of day:
/// any of those would join the "anonymous" row to the practitioner, the place and the moment of the interview.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class AuditedAnonymouslyAttribute : Attribute;

namespace Palermo;

/// <summary>
/// Marks an <see cref="ICountryScoped"/> record that belongs to a country but that everyone may read (referral
/// contacts the screening guide shows to anyone). The context generates no country query filter for it; who may
/// change it is still decided by the feature's rules.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true, AllowMultiple = false)]
public sealed class PublicByNatureAttribute : Attribute;

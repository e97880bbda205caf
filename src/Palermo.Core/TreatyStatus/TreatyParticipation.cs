using System.Linq.Expressions;

namespace Palermo.TreatyStatus;

/// <summary>One participant's status under one protocol.</summary>
public class TreatyParticipation
{
    public int Id { get; set; }
    public string CountryIso3 { get; set; } = "";
    public Protocol Protocol { get; set; }
    public DateOnly? SignatureDate { get; set; }
    public DateOnly? ConsentDate { get; set; }
    public ConsentAction? ConsentAction { get; set; }

    /// <summary>A party once consent to be bound is given (signature alone does not make a party).</summary>
    public bool IsParty => ConsentDate is not null;

    /// <summary><see cref="IsParty"/> as a query filter, so the database selects the parties.</summary>
    public static readonly Expression<Func<TreatyParticipation, bool>> Party = p => p.ConsentDate != null;

    public bool WasPartyOn(DateOnly date) => ConsentDate is { } consent && consent <= date;
}

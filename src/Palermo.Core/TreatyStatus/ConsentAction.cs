namespace Palermo.TreatyStatus;

/// <summary>How a State expressed its consent to be bound; the letter is the Treaty Collection's marker.</summary>
public enum ConsentAction
{
    Ratification = 1,   // no marker
    Acceptance = 2,     // A
    Approval = 3,       // AA
    Accession = 4,      // a
    Succession = 5,     // d
}

namespace Palermo.TreatyStatus;

/// <summary>The two Palermo Protocols, by their UN Treaty Collection chapters XVIII-12-a and XVIII-12-b.</summary>
public enum Protocol
{
    /// <summary>Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children.</summary>
    TIP = 1,

    /// <summary>Protocol against the Smuggling of Migrants by Land, Sea and Air.</summary>
    SOM = 2,
}

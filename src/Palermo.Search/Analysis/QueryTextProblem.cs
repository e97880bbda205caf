namespace Palermo.Search.Analysis;

/// <summary>Why a query text was rejected. Each has a stable string code for API problem responses.</summary>
public enum QueryTextProblem
{
    None,

    /// <summary>Null, empty or only whitespace: nothing to search for.</summary>
    Empty,

    /// <summary>Longer than <see cref="QueryTextValidator.MaxLength"/> characters.</summary>
    TooLong,

    /// <summary>Contains a control character other than tab, line feed or carriage return.</summary>
    ControlCharacter,

    /// <summary>A lone UTF-16 surrogate: the text is not valid Unicode.</summary>
    InvalidUnicode,

    /// <summary>An odd number of straight double quotes, or unpaired “ ” or « » quotes.</summary>
    UnbalancedQuotes,
}

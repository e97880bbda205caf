namespace Palermo.Screening;

/// <summary>How much one indicator counts towards its dimension, as the Delphi survey graded it.</summary>
public enum IndicatorWeight
{
    Strong = 1,
    Medium = 2,
    Weak = 3,
}

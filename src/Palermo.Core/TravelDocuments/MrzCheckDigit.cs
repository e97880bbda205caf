namespace Palermo.TravelDocuments;

/// <summary>ICAO Doc 9303 check digits: weights 7-3-1 repeating, <c>&lt;</c> = 0, A–Z = 10–35, sum modulo 10.</summary>
public static class MrzCheckDigit
{
    /// <summary>Numeric value of an MRZ character, or -1 when the character cannot appear in an MRZ.</summary>
    public static int CharacterValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'A' and <= 'Z' => c - 'A' + 10,
        '<' => 0,
        _ => -1,
    };

    /// <summary>The check digit (0–9) of <paramref name="data"/>, or -1 when it holds a non-MRZ character.</summary>
    public static int Compute(ReadOnlySpan<char> data)
    {
        var accumulator = new Accumulator();
        accumulator.Add(data);
        return accumulator.Result;
    }

    /// <summary>Weighted sum that can span several pieces, as the composite check and long document numbers need.</summary>
    internal struct Accumulator
    {
        private int _sum;
        private int _weight; // 0, 1, 2 for the weights 7, 3, 1: a counter, not a division per character
        private bool _invalid;

        public void Add(ReadOnlySpan<char> data)
        {
            var sum = _sum;
            var weight = _weight;
            foreach (var c in data)
            {
                var value = CharacterValue(c);
                _invalid |= value < 0;
                sum += value * (weight == 0 ? 7 : weight == 1 ? 3 : 1);
                weight = weight == 2 ? 0 : weight + 1;
            }

            _sum = sum;
            _weight = weight;
        }

        public readonly int Result => _invalid ? -1 : _sum % 10;
    }
}

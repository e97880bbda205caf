namespace Palermo.TravelDocuments;

/// <summary>Outcome of one check digit: what the data says it should be and what the MRZ holds.</summary>
internal struct CheckOutcome
{
    public bool Present;
    public bool Valid;
    public char Expected;
    public char Found;
}

/// <summary>
/// All check digits of one MRZ, computed without allocating so that the parser and the OCR-correction search
/// (which re-evaluates many variants) share one definition of "the checks pass".
/// </summary>
internal struct MrzCheckEvaluation
{
    public CheckOutcome DocumentNumber;
    public CheckOutcome BirthDate;
    public CheckOutcome ExpiryDate;
    public CheckOutcome PersonalNumber;
    public CheckOutcome Composite;

    /// <summary>Characters of a long document number's continuation in the optional data, its check digit included; 0 when the number is short.</summary>
    public int LongNumberLength;

    public readonly bool AllValid =>
        DocumentNumber.Valid && BirthDate.Valid && ExpiryDate.Valid
        && (!PersonalNumber.Present || PersonalNumber.Valid)
        && (!Composite.Present || Composite.Valid);

    public static MrzCheckEvaluation Evaluate(ReadOnlySpan<char> mrz, MrzLayout layout)
    {
        var result = default(MrzCheckEvaluation);
        result.LongNumberLength = LongNumberContinuationLength(mrz, layout);
        result.DocumentNumber = result.LongNumberLength > 0
            ? LongDocumentNumber(mrz, layout, result.LongNumberLength)
            : Simple(layout.DocumentNumber.Of(mrz), layout.DocumentNumberCheck.Of(mrz)[0]);
        result.BirthDate = Simple(layout.BirthDate.Of(mrz), layout.BirthDateCheck.Of(mrz)[0]);
        result.ExpiryDate = Simple(layout.ExpiryDate.Of(mrz), layout.ExpiryDateCheck.Of(mrz)[0]);
        if (layout.PersonalNumber.IsPresent)
        {
            result.PersonalNumber = PersonalNumberCheck(layout.PersonalNumber.Of(mrz), layout.PersonalNumberCheck.Of(mrz)[0]);
        }

        if (layout.CompositeCheck.IsPresent)
        {
            var accumulator = new MrzCheckDigit.Accumulator();
            foreach (var part in layout.CompositeParts) accumulator.Add(part.Of(mrz));
            result.Composite = Outcome(accumulator.Result, layout.CompositeCheck.Of(mrz)[0]);
        }

        return result;
    }

    /// <summary>
    /// A TD1/TD2 number longer than 9 characters: filler in the check-digit position, the rest of the number
    /// at the start of the optional data, its last character before the next filler being the check digit.
    /// </summary>
    internal static int LongNumberContinuationLength(ReadOnlySpan<char> mrz, MrzLayout layout)
    {
        if (!layout.AllowsLongDocumentNumber || layout.DocumentNumberCheck.Of(mrz)[0] != '<') return 0;
        var optional = layout.OptionalData.Of(mrz);
        var end = optional.IndexOf('<');
        return end < 0 ? optional.Length : end;
    }

    private static CheckOutcome LongDocumentNumber(ReadOnlySpan<char> mrz, MrzLayout layout, int continuationLength)
    {
        var field = layout.DocumentNumber.Of(mrz);
        var continuation = layout.OptionalData.Of(mrz)[..(continuationLength - 1)];
        var found = layout.OptionalData.Of(mrz)[continuationLength - 1];

        // Doc 9303 computes over the number itself; fillers in the field are not part of it.
        var withoutFiller = new MrzCheckDigit.Accumulator();
        withoutFiller.Add(field.TrimEnd('<'));
        withoutFiller.Add(continuation);
        var outcome = Outcome(withoutFiller.Result, found);
        if (outcome.Valid) return outcome;

        // Some issuers compute over the field as printed, filler included; accept that reading too.
        var asPrinted = new MrzCheckDigit.Accumulator();
        asPrinted.Add(field);
        asPrinted.Add(continuation);
        var printed = Outcome(asPrinted.Result, found);
        return printed.Valid ? printed : outcome;
    }

    private static CheckOutcome PersonalNumberCheck(ReadOnlySpan<char> field, char found)
    {
        // Doc 9303 part 4: an unused personal number may carry filler instead of a check digit.
        if (found == '<' && !field.ContainsAnyExcept('<'))
        {
            return new CheckOutcome { Present = true, Valid = true, Expected = '<', Found = '<' };
        }

        return Simple(field, found);
    }

    private static CheckOutcome Simple(ReadOnlySpan<char> data, char found) => Outcome(MrzCheckDigit.Compute(data), found);

    private static CheckOutcome Outcome(int digit, char found)
    {
        var expected = digit < 0 ? '?' : (char)('0' + digit);
        return new CheckOutcome { Present = true, Valid = digit >= 0 && found == expected, Expected = expected, Found = found };
    }
}

namespace Palermo.TravelDocuments;

/// <summary>A run of characters in the flattened MRZ (all lines concatenated without separators).</summary>
internal readonly record struct MrzSpan(int Start, int Length)
{
    public static readonly MrzSpan None = new(-1, 0);

    public bool IsPresent => Start >= 0;

    public int End => Start + Length;

    public ReadOnlySpan<char> Of(ReadOnlySpan<char> mrz) => IsPresent ? mrz.Slice(Start, Length) : [];

    public bool Contains(int offset) => IsPresent && offset >= Start && offset < End;
}

/// <summary>Where every field of one MRZ format sits (ICAO Doc 9303 parts 4 to 7).</summary>
internal sealed class MrzLayout
{
    public required MrzFormat Format { get; init; }
    public required int LineCount { get; init; }
    public required int LineLength { get; init; }
    public required MrzSpan DocumentCode { get; init; }
    public required MrzSpan IssuingState { get; init; }
    public required MrzSpan Name { get; init; }
    public required MrzSpan DocumentNumber { get; init; }
    public required MrzSpan DocumentNumberCheck { get; init; }
    public required MrzSpan Nationality { get; init; }
    public required MrzSpan BirthDate { get; init; }
    public required MrzSpan BirthDateCheck { get; init; }
    public required MrzSpan Sex { get; init; }
    public required MrzSpan ExpiryDate { get; init; }
    public required MrzSpan ExpiryDateCheck { get; init; }
    public required MrzSpan OptionalData { get; init; }
    public MrzSpan OptionalData2 { get; init; } = MrzSpan.None;
    public MrzSpan PersonalNumber { get; init; } = MrzSpan.None;
    public MrzSpan PersonalNumberCheck { get; init; } = MrzSpan.None;
    public MrzSpan CompositeCheck { get; init; } = MrzSpan.None;
    public MrzSpan[] CompositeParts { get; init; } = [];

    /// <summary>TD1 and TD2 let a number longer than 9 characters continue into the optional data.</summary>
    public bool AllowsLongDocumentNumber => Format is MrzFormat.TD1 or MrzFormat.TD2;

    public int TotalLength => LineCount * LineLength;

    private static MrzSpan At(int lineLength, int line, int column, int length) => new((line * lineLength) + column, length);

    public static MrzLayout? Detect(int lineCount, int lineLength, char firstCharacter) => (lineCount, lineLength) switch
    {
        (3, 30) => Td1,
        (2, 36) => firstCharacter == 'V' ? Mrvb : Td2,
        (2, 44) => firstCharacter == 'V' ? Mrva : Td3,
        _ => null,
    };

    public static readonly MrzLayout Td1 = new()
    {
        Format = MrzFormat.TD1,
        LineCount = 3,
        LineLength = 30,
        DocumentCode = At(30, 0, 0, 2),
        IssuingState = At(30, 0, 2, 3),
        DocumentNumber = At(30, 0, 5, 9),
        DocumentNumberCheck = At(30, 0, 14, 1),
        OptionalData = At(30, 0, 15, 15),
        BirthDate = At(30, 1, 0, 6),
        BirthDateCheck = At(30, 1, 6, 1),
        Sex = At(30, 1, 7, 1),
        ExpiryDate = At(30, 1, 8, 6),
        ExpiryDateCheck = At(30, 1, 14, 1),
        Nationality = At(30, 1, 15, 3),
        OptionalData2 = At(30, 1, 18, 11),
        CompositeCheck = At(30, 1, 29, 1),
        CompositeParts = [At(30, 0, 5, 25), At(30, 1, 0, 7), At(30, 1, 8, 7), At(30, 1, 18, 11)],
        Name = At(30, 2, 0, 30),
    };

    public static readonly MrzLayout Td2 = TwoLine(MrzFormat.TD2, 36);
    public static readonly MrzLayout Td3 = TwoLine(MrzFormat.TD3, 44);
    public static readonly MrzLayout Mrva = TwoLine(MrzFormat.MRVA, 44);
    public static readonly MrzLayout Mrvb = TwoLine(MrzFormat.MRVB, 36);

    // TD2, TD3 and both visas share their first 28 characters of line 2; they differ only in what follows.
    private static MrzLayout TwoLine(MrzFormat format, int length)
    {
        var isPassport = format == MrzFormat.TD3;
        var hasComposite = format is MrzFormat.TD2 or MrzFormat.TD3;
        var optionalLength = isPassport ? 14 : length - 28 - (hasComposite ? 1 : 0);
        return new MrzLayout
        {
            Format = format,
            LineCount = 2,
            LineLength = length,
            DocumentCode = At(length, 0, 0, 2),
            IssuingState = At(length, 0, 2, 3),
            Name = At(length, 0, 5, length - 5),
            DocumentNumber = At(length, 1, 0, 9),
            DocumentNumberCheck = At(length, 1, 9, 1),
            Nationality = At(length, 1, 10, 3),
            BirthDate = At(length, 1, 13, 6),
            BirthDateCheck = At(length, 1, 19, 1),
            Sex = At(length, 1, 20, 1),
            ExpiryDate = At(length, 1, 21, 6),
            ExpiryDateCheck = At(length, 1, 27, 1),
            OptionalData = isPassport ? MrzSpan.None : At(length, 1, 28, optionalLength),
            PersonalNumber = isPassport ? At(length, 1, 28, 14) : MrzSpan.None,
            PersonalNumberCheck = isPassport ? At(length, 1, 42, 1) : MrzSpan.None,
            CompositeCheck = hasComposite ? At(length, 1, length - 1, 1) : MrzSpan.None,
            CompositeParts = hasComposite
                ? [At(length, 1, 0, 10), At(length, 1, 13, 7), At(length, 1, 21, length - 22)]
                : [],
        };
    }

    /// <summary>Name of the field an offset belongs to, for telling a reader where a correction goes.</summary>
    public string FieldAt(int offset)
    {
        if (DocumentCode.Contains(offset)) return "documentCode";
        if (IssuingState.Contains(offset)) return "issuingState";
        if (Name.Contains(offset)) return "name";
        if (DocumentNumber.Contains(offset)) return "documentNumber";
        if (DocumentNumberCheck.Contains(offset)) return "documentNumberCheckDigit";
        if (Nationality.Contains(offset)) return "nationality";
        if (BirthDate.Contains(offset)) return "dateOfBirth";
        if (BirthDateCheck.Contains(offset)) return "dateOfBirthCheckDigit";
        if (Sex.Contains(offset)) return "sex";
        if (ExpiryDate.Contains(offset)) return "dateOfExpiry";
        if (ExpiryDateCheck.Contains(offset)) return "dateOfExpiryCheckDigit";
        if (PersonalNumber.Contains(offset)) return "personalNumber";
        if (PersonalNumberCheck.Contains(offset)) return "personalNumberCheckDigit";
        if (OptionalData.Contains(offset)) return "optionalData";
        if (OptionalData2.Contains(offset)) return "optionalData2";
        if (CompositeCheck.Contains(offset)) return "compositeCheckDigit";
        return "unknown";
    }
}

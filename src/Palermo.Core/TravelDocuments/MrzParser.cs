namespace Palermo.TravelDocuments;

/// <summary>
/// Parses and validates ICAO Doc 9303 machine-readable zones (TD1, TD2, TD3, MRV-A, MRV-B). Pure and thread-safe;
/// "today" is passed in so that two-digit years resolve the same way in tests as in production. Never throws.
/// </summary>
public static class MrzParser
{
    /// <summary>Parses <paramref name="text"/>; <see cref="MrzParseResult.Error"/> is set when the text is not an MRZ at all.</summary>
    public static MrzParseResult Parse(string? text, DateOnly today)
    {
        var error = MrzInput.TryNormalize(text, out var mrz, out var layout);
        return error is null && layout is not null
            ? MrzParseResult.Success(Read(mrz, layout, today))
            : MrzParseResult.Failure(error ?? new MrzStructureError(MrzErrorCodes.Empty, "Not an MRZ."));
    }

    /// <summary>Parses with today's UTC date from <paramref name="clock"/>.</summary>
    public static MrzParseResult Parse(string? text, TimeProvider clock) =>
        Parse(text, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));

    /// <summary>Parses with the system clock's UTC date.</summary>
    public static MrzParseResult Parse(string? text) => Parse(text, TimeProvider.System);

    public static bool TryParse(string? text, DateOnly today, out MrzResult? result, out MrzStructureError? error)
    {
        var parsed = Parse(text, today);
        result = parsed.Result;
        error = parsed.Error;
        return parsed.IsMrz;
    }

    /// <summary>True when <paramref name="text"/> is an MRZ and passes every check: the fast question for bulk screening.</summary>
    public static bool IsValid(string? text, DateOnly today) => Parse(text, today).Result?.Valid == true;

    private static MrzResult Read(char[] buffer, MrzLayout layout, DateOnly today)
    {
        ReadOnlySpan<char> mrz = buffer;
        var warnings = new List<string>(2);
        var protection = new List<string>(1);
        var structureOk = true;

        var checks = MrzCheckEvaluation.Evaluate(mrz, layout);

        var documentCode = layout.DocumentCode.Of(mrz);
        if (documentCode[0] is < 'A' or > 'Z')
        {
            structureOk = false;
            warnings.Add(MrzWarnings.DocumentCodeInvalid);
        }

        var name = layout.Name.Of(mrz);
        if (!MrzName.HasOnlyLettersAndFiller(name))
        {
            structureOk = false;
            warnings.Add(MrzWarnings.NameInvalidCharacters);
        }

        MrzName.Split(name, out var surname, out var givenNames);

        var sex = layout.Sex.Of(mrz)[0];
        if (sex is not ('M' or 'F' or 'X' or '<'))
        {
            structureOk = false;
            warnings.Add(MrzWarnings.SexInvalid);
        }

        var issuingState = layout.IssuingState.Of(mrz);
        var nationality = layout.Nationality.Of(mrz);
        ClassifyCodes(issuingState, nationality, warnings, protection);

        var birth = MrzDate.Read(layout.BirthDate.Of(mrz), MrzDateKind.Birth, today, out var dateOfBirth);
        AddDateWarning(birth, warnings, MrzWarnings.DateOfBirthPartial, MrzWarnings.DateOfBirthUnknown, MrzWarnings.DateOfBirthInvalid);
        var expiry = MrzDate.Read(layout.ExpiryDate.Of(mrz), MrzDateKind.Expiry, today, out var dateOfExpiry, out var expiryDate);
        AddDateWarning(expiry, warnings, MrzWarnings.DateOfExpiryPartial, MrzWarnings.DateOfExpiryUnknown, MrzWarnings.DateOfExpiryInvalid);
        if (expiry == MrzDateStatus.Complete && expiryDate < today) warnings.Add(MrzWarnings.DocumentExpired);

        var datesOk = birth != MrzDateStatus.Invalid && expiry != MrzDateStatus.Invalid;
        if (!checks.AllValid) warnings.Add(MrzWarnings.CheckDigitFailed);
        if (checks.LongNumberLength > 0) warnings.Add(MrzWarnings.LongDocumentNumber);

        return new MrzResult
        {
            Format = layout.Format,
            Valid = structureOk && datesOk && checks.AllValid,
            Fields = Fields(mrz, layout, checks, surname, givenNames, dateOfBirth, dateOfExpiry),
            Checks = CheckList(checks),
            Warnings = warnings,
            ProtectionFlags = protection,
            Suggestions = checks.AllValid ? [] : MrzOcrCorrection.Suggest(buffer, layout, checks, today),
            Lines = MrzLines.Split(mrz, layout),
        };
    }

    private static MrzFields Fields(
        ReadOnlySpan<char> mrz, MrzLayout layout, in MrzCheckEvaluation checks,
        string surname, string givenNames, string? dateOfBirth, string? dateOfExpiry)
    {
        var documentNumber = MrzLines.Text(layout.DocumentNumber.Of(mrz));
        var optional = layout.OptionalData.Of(mrz);
        if (checks.LongNumberLength > 0)
        {
            // The continuation (minus its check digit) belongs to the number; the optional data starts after its filler.
            documentNumber = string.Concat(layout.DocumentNumber.Of(mrz).TrimEnd('<'), optional[..(checks.LongNumberLength - 1)]);
            optional = optional[checks.LongNumberLength..];
        }

        var personalNumber = layout.PersonalNumber.IsPresent ? MrzLines.Text(layout.PersonalNumber.Of(mrz)) : null;
        return new MrzFields
        {
            DocumentCode = MrzLines.Text(layout.DocumentCode.Of(mrz)),
            IssuingState = MrzLines.Text(layout.IssuingState.Of(mrz)),
            Surname = surname,
            GivenNames = givenNames,
            DocumentNumber = documentNumber,
            Nationality = MrzLines.Text(layout.Nationality.Of(mrz)),
            DateOfBirth = dateOfBirth,
            Sex = new string(layout.Sex.Of(mrz)),
            DateOfExpiry = dateOfExpiry,
            OptionalData = personalNumber ?? MrzLines.Text(optional),
            OptionalData2 = layout.OptionalData2.IsPresent ? MrzLines.Text(layout.OptionalData2.Of(mrz)) : null,
            PersonalNumber = personalNumber,
        };
    }

    private static MrzCheck[] CheckList(in MrzCheckEvaluation checks)
    {
        var count = 3 + (checks.PersonalNumber.Present ? 1 : 0) + (checks.Composite.Present ? 1 : 0);
        var list = new MrzCheck[count];
        list[0] = Check("documentNumber", checks.DocumentNumber);
        list[1] = Check("dateOfBirth", checks.BirthDate);
        list[2] = Check("dateOfExpiry", checks.ExpiryDate);
        var next = 3;
        if (checks.PersonalNumber.Present) list[next++] = Check("personalNumber", checks.PersonalNumber);
        if (checks.Composite.Present) list[next] = Check("composite", checks.Composite);
        return list;
    }

    private static MrzCheck Check(string name, CheckOutcome outcome) =>
        new(name, outcome.Valid, Character(outcome.Expected), Character(outcome.Found));

    // Cached one-character strings: check results are built for every parse, so avoid allocating them.
    private static readonly string[] CharacterStrings = BuildCharacterStrings();

    private static string Character(char c) => c < CharacterStrings.Length ? CharacterStrings[c] : new string(c, 1);

    private static string[] BuildCharacterStrings()
    {
        var strings = new string[128];
        for (var c = 0; c < strings.Length; c++) strings[c] = new string((char)c, 1);
        return strings;
    }

    private static void ClassifyCodes(ReadOnlySpan<char> issuingState, ReadOnlySpan<char> nationality, List<string> warnings, List<string> protection)
    {
        var issuer = IcaoCodes.Classify(issuingState);
        if (issuer == IcaoCodeKind.Unknown) warnings.Add(MrzWarnings.IssuingStateUnknown);

        var holder = IcaoCodes.Classify(nationality);
        var flag = holder switch
        {
            IcaoCodeKind.Stateless => MrzWarnings.NationalityStateless,
            IcaoCodeKind.Refugee => MrzWarnings.NationalityRefugee,
            IcaoCodeKind.Unspecified => MrzWarnings.NationalityUnspecified,
            _ => null,
        };
        if (flag is not null)
        {
            warnings.Add(flag);
            protection.Add(flag);
        }

        if (holder == IcaoCodeKind.Unknown) warnings.Add(MrzWarnings.NationalityUnknown);
        if (issuer == IcaoCodeKind.Specimen || holder == IcaoCodeKind.Specimen) warnings.Add(MrzWarnings.SpecimenDocument);
    }

    private static void AddDateWarning(MrzDateStatus status, List<string> warnings, string partial, string unknown, string invalid)
    {
        switch (status)
        {
            case MrzDateStatus.Partial: warnings.Add(partial); break;
            case MrzDateStatus.Unknown: warnings.Add(unknown); break;
            case MrzDateStatus.Invalid: warnings.Add(invalid); break;
        }
    }
}

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
        Span<char> mrz = stackalloc char[MrzInput.MaxLength];
        var error = MrzInput.TryNormalize(text, mrz, out var layout);
        return error is null && layout is not null
            ? MrzParseResult.Success(Read(mrz[..layout.TotalLength].ToArray(), layout, today))
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

    /// <summary>
    /// True when <paramref name="text"/> is an MRZ and passes every check: the same answer as
    /// <see cref="MrzResult.Valid"/>, without building a result, for bulk screening.
    /// </summary>
    public static bool IsValid(string? text, DateOnly today)
    {
        Span<char> buffer = stackalloc char[MrzInput.MaxLength];
        if (MrzInput.TryNormalize(text, buffer, out var layout) is not null || layout is null) return false;
        ReadOnlySpan<char> mrz = buffer[..layout.TotalLength];
        return MrzCheckEvaluation.Evaluate(mrz, layout).AllValid
            && DocumentCodeIsValid(mrz, layout) && NameIsValid(mrz, layout) && SexIsValid(mrz, layout)
            && MrzDate.IsPossible(layout.BirthDate.Of(mrz), MrzDateKind.Birth, today)
            && MrzDate.IsPossible(layout.ExpiryDate.Of(mrz), MrzDateKind.Expiry, today);
    }

    private static bool DocumentCodeIsValid(ReadOnlySpan<char> mrz, MrzLayout layout) => layout.DocumentCode.Of(mrz)[0] is >= 'A' and <= 'Z';

    private static bool NameIsValid(ReadOnlySpan<char> mrz, MrzLayout layout) => MrzName.HasOnlyLettersAndFiller(layout.Name.Of(mrz));

    private static bool SexIsValid(ReadOnlySpan<char> mrz, MrzLayout layout) => layout.Sex.Of(mrz)[0] is 'M' or 'F' or 'X' or '<';

    private static MrzResult Read(char[] buffer, MrzLayout layout, DateOnly today)
    {
        ReadOnlySpan<char> mrz = buffer;
        // Most MRZs carry no warning at all; the lists are created on first use.
        var warnings = new Notes();
        var protection = new Notes();
        var structureOk = true;

        var checks = MrzCheckEvaluation.Evaluate(mrz, layout);

        if (!DocumentCodeIsValid(mrz, layout))
        {
            structureOk = false;
            warnings.Add(MrzWarnings.DocumentCodeInvalid);
        }

        var name = layout.Name.Of(mrz);
        if (!NameIsValid(mrz, layout))
        {
            structureOk = false;
            warnings.Add(MrzWarnings.NameInvalidCharacters);
        }

        MrzName.Split(name, out var surname, out var givenNames);

        if (!SexIsValid(mrz, layout))
        {
            structureOk = false;
            warnings.Add(MrzWarnings.SexInvalid);
        }

        var issuingState = layout.IssuingState.Of(mrz);
        var nationality = layout.Nationality.Of(mrz);
        ClassifyCodes(issuingState, nationality, ref warnings, ref protection);

        var birth = MrzDate.Read(layout.BirthDate.Of(mrz), MrzDateKind.Birth, today, out var dateOfBirth);
        AddDateWarning(birth, ref warnings, MrzWarnings.DateOfBirthPartial, MrzWarnings.DateOfBirthUnknown, MrzWarnings.DateOfBirthInvalid);
        var expiry = MrzDate.Read(layout.ExpiryDate.Of(mrz), MrzDateKind.Expiry, today, out var dateOfExpiry, out var expiryDate);
        AddDateWarning(expiry, ref warnings, MrzWarnings.DateOfExpiryPartial, MrzWarnings.DateOfExpiryUnknown, MrzWarnings.DateOfExpiryInvalid);
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
            Warnings = warnings.ToList(),
            ProtectionFlags = protection.ToList(),
            Suggestions = checks.AllValid ? [] : MrzOcrCorrection.Suggest(buffer, layout, checks, today),
            Lines = new MrzLineList(buffer, layout),
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
            IssuingState = MrzLines.Code(layout.IssuingState.Of(mrz)),
            Surname = surname,
            GivenNames = givenNames,
            DocumentNumber = documentNumber,
            Nationality = MrzLines.Code(layout.Nationality.Of(mrz)),
            DateOfBirth = dateOfBirth,
            Sex = Character(layout.Sex.Of(mrz)[0]),
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
        list[0] = Check(0, checks.DocumentNumber);
        list[1] = Check(1, checks.BirthDate);
        list[2] = Check(2, checks.ExpiryDate);
        var next = 3;
        if (checks.PersonalNumber.Present) list[next++] = Check(3, checks.PersonalNumber);
        if (checks.Composite.Present) list[next] = Check(4, checks.Composite);
        return list;
    }

    private static readonly string[] CheckNames = ["documentNumber", "dateOfBirth", "dateOfExpiry", "personalNumber", "composite"];

    private static MrzCheck Check(int kind, CheckOutcome outcome) =>
        outcome.Valid && outcome.Expected is >= '0' and <= '9'
            ? PassedChecks[(kind * 10) + (outcome.Expected - '0')]
            : new(CheckNames[kind], outcome.Valid, Character(outcome.Expected), Character(outcome.Found));

    // Passed checks are immutable and repeat endlessly; sharing them keeps the hot path nearly allocation-free.
    private static readonly MrzCheck[] PassedChecks = BuildPassedChecks();

    private static MrzCheck[] BuildPassedChecks()
    {
        var table = new MrzCheck[CheckNames.Length * 10];
        for (var kind = 0; kind < CheckNames.Length; kind++)
        {
            for (var digit = 0; digit < 10; digit++)
            {
                var text = Character((char)('0' + digit));
                table[(kind * 10) + digit] = new MrzCheck(CheckNames[kind], true, text, text);
            }
        }

        return table;
    }

    private static string Character(char c) => MrzLines.Character(c);

    private static void ClassifyCodes(ReadOnlySpan<char> issuingState, ReadOnlySpan<char> nationality, ref Notes warnings, ref Notes protection)
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

    private static void AddDateWarning(MrzDateStatus status, ref Notes warnings, string partial, string unknown, string invalid)
    {
        switch (status)
        {
            case MrzDateStatus.Partial: warnings.Add(partial); break;
            case MrzDateStatus.Unknown: warnings.Add(unknown); break;
            case MrzDateStatus.Invalid: warnings.Add(invalid); break;
        }
    }
}

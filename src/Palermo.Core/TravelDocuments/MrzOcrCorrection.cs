namespace Palermo.TravelDocuments;

/// <summary>
/// Finds the OCR misreadings that explain failing check digits. OCR-B confuses O/0, I/1, Z/2, S/5, G/6 and B/8:
/// in fields that hold only digits (dates, check digits) a letter is turned into its digit; in the document and
/// personal numbers, which mix both, the swap goes either way. Only positions covered by a failing check are tried.
/// </summary>
internal static class MrzOcrCorrection
{
    private const int MaxSuggestions = 12;
    private const int MaxCandidatesForTriples = 24;

    private readonly record struct Candidate(int Offset, char To);

    public static IReadOnlyList<MrzSuggestion> Suggest(char[] mrz, MrzLayout layout, MrzCheckEvaluation checks, DateOnly today)
    {
        if (checks.AllValid) return [];

        var candidates = Candidates(mrz, layout, checks);
        if (candidates.Count == 0) return [];

        var suggestions = new List<MrzSuggestion>();
        var work = (char[])mrz.Clone();
        var anyComplete = false;

        // Single substitutions: report every one that repairs at least one failing check without breaking another.
        foreach (var candidate in candidates)
        {
            var original = work[candidate.Offset];
            work[candidate.Offset] = candidate.To;
            var after = MrzCheckEvaluation.Evaluate(work, layout);
            var fixedChecks = Repaired(checks, after, out var brokeOne);
            if (fixedChecks.Count > 0 && !brokeOne)
            {
                var complete = IsConsistent(work, layout, after, today);
                anyComplete |= complete;
                suggestions.Add(Build(mrz, layout, [candidate], complete, fixedChecks, work));
            }

            work[candidate.Offset] = original;
        }

        // Otherwise the smallest set of two (or, when few positions are in play, three) that makes everything pass.
        if (!anyComplete) SearchSets(mrz, layout, checks, candidates, today, suggestions, 2);
        if (!suggestions.Exists(static s => s.FixesAllChecks) && candidates.Count <= MaxCandidatesForTriples)
        {
            SearchSets(mrz, layout, checks, candidates, today, suggestions, 3);
        }

        suggestions.Sort(static (a, b) => (b.FixesAllChecks ? 1 : 0) - (a.FixesAllChecks ? 1 : 0));
        return suggestions.Count > MaxSuggestions ? suggestions.GetRange(0, MaxSuggestions) : suggestions;
    }

    private static void SearchSets(
        char[] mrz, MrzLayout layout, MrzCheckEvaluation checks, List<Candidate> candidates,
        DateOnly today, List<MrzSuggestion> suggestions, int size)
    {
        var work = (char[])mrz.Clone();
        var count = candidates.Count;
        var found = 0;
        for (var a = 0; a < count && found < MaxSuggestions; a++)
        {
            for (var b = a + 1; b < count && found < MaxSuggestions; b++)
            {
                if (size == 2)
                {
                    found += TrySet([candidates[a], candidates[b]]) ? 1 : 0;
                    continue;
                }

                for (var c = b + 1; c < count && found < MaxSuggestions; c++)
                {
                    found += TrySet([candidates[a], candidates[b], candidates[c]]) ? 1 : 0;
                }
            }
        }

        bool TrySet(Candidate[] set)
        {
            foreach (var candidate in set) work[candidate.Offset] = candidate.To;
            var after = MrzCheckEvaluation.Evaluate(work, layout);
            var complete = IsConsistent(work, layout, after, today);
            if (complete) suggestions.Add(Build(mrz, layout, set, true, Repaired(checks, after, out _), work));
            foreach (var candidate in set) work[candidate.Offset] = mrz[candidate.Offset];
            return complete;
        }
    }

    private static bool IsConsistent(ReadOnlySpan<char> mrz, MrzLayout layout, in MrzCheckEvaluation after, DateOnly today) =>
        after.AllValid
        && MrzDate.IsPossible(layout.BirthDate.Of(mrz), MrzDateKind.Birth, today)
        && MrzDate.IsPossible(layout.ExpiryDate.Of(mrz), MrzDateKind.Expiry, today);

    private static List<Candidate> Candidates(char[] mrz, MrzLayout layout, in MrzCheckEvaluation checks)
    {
        var list = new List<Candidate>();
        var seen = new bool[mrz.Length];
        if (!checks.DocumentNumber.Valid)
        {
            AddMixed(layout.DocumentNumber);
            if (checks.LongNumberLength > 0)
            {
                AddMixed(new MrzSpan(layout.OptionalData.Start, checks.LongNumberLength - 1));
                AddDigits(new MrzSpan(layout.OptionalData.Start + checks.LongNumberLength - 1, 1));
            }
            else
            {
                AddDigits(layout.DocumentNumberCheck);
            }
        }

        if (!checks.BirthDate.Valid)
        {
            AddDigits(layout.BirthDate);
            AddDigits(layout.BirthDateCheck);
        }

        if (!checks.ExpiryDate.Valid)
        {
            AddDigits(layout.ExpiryDate);
            AddDigits(layout.ExpiryDateCheck);
        }

        if (checks.PersonalNumber.Present && !checks.PersonalNumber.Valid)
        {
            AddMixed(layout.PersonalNumber);
            AddDigits(layout.PersonalNumberCheck);
        }

        if (checks.Composite.Present && !checks.Composite.Valid)
        {
            AddDigits(layout.CompositeCheck);
            // When only the composite fails, the misread is in data no other check covers: the optional data.
            AddMixed(layout.OptionalData);
            AddMixed(layout.OptionalData2);
        }

        return list;

        void AddDigits(MrzSpan span)
        {
            for (var i = span.Start; i < span.End; i++)
            {
                var digit = LetterToDigit(mrz[i]);
                if (digit != '\0' && !seen[i]) list.Add(new Candidate(i, digit));
                if (span.IsPresent) seen[i] = true;
            }
        }

        void AddMixed(MrzSpan span)
        {
            for (var i = span.Start; i < span.End; i++)
            {
                var swap = LetterToDigit(mrz[i]);
                if (swap == '\0') swap = DigitToLetter(mrz[i]);
                if (swap != '\0' && !seen[i]) list.Add(new Candidate(i, swap));
                if (span.IsPresent) seen[i] = true;
            }
        }
    }

    internal static char LetterToDigit(char c) => c switch
    {
        'O' => '0',
        'I' => '1',
        'Z' => '2',
        'S' => '5',
        'G' => '6',
        'B' => '8',
        _ => '\0',
    };

    internal static char DigitToLetter(char c) => c switch
    {
        '0' => 'O',
        '1' => 'I',
        '2' => 'Z',
        '5' => 'S',
        '6' => 'G',
        '8' => 'B',
        _ => '\0',
    };

    private static List<string> Repaired(in MrzCheckEvaluation before, in MrzCheckEvaluation after, out bool brokeOne)
    {
        var repaired = new List<string>();
        brokeOne = false;
        Compare("documentNumber", before.DocumentNumber, after.DocumentNumber, ref brokeOne);
        Compare("dateOfBirth", before.BirthDate, after.BirthDate, ref brokeOne);
        Compare("dateOfExpiry", before.ExpiryDate, after.ExpiryDate, ref brokeOne);
        Compare("personalNumber", before.PersonalNumber, after.PersonalNumber, ref brokeOne);
        Compare("composite", before.Composite, after.Composite, ref brokeOne);
        return repaired;

        void Compare(string name, CheckOutcome was, CheckOutcome now, ref bool broke)
        {
            if (!was.Present) return;
            if (!was.Valid && now.Valid) repaired.Add(name);
            if (was.Valid && !now.Valid) broke = true;
        }
    }

    private static MrzSuggestion Build(char[] original, MrzLayout layout, Candidate[] set, bool complete, List<string> fixedChecks, char[] corrected)
    {
        var substitutions = new MrzSubstitution[set.Length];
        for (var i = 0; i < set.Length; i++)
        {
            var offset = set[i].Offset;
            substitutions[i] = new MrzSubstitution(
                (offset / layout.LineLength) + 1,
                (offset % layout.LineLength) + 1,
                layout.FieldAt(offset),
                new string(original[offset], 1),
                new string(set[i].To, 1));
        }

        return new MrzSuggestion(substitutions, complete, fixedChecks, complete ? MrzLines.Split(corrected, layout) : null);
    }
}

namespace Palermo.Audit;

/// <summary>The first place the chain is broken, or null when every link holds.</summary>
public sealed record AuditBreak(long EntryId, string Reason);

public sealed record AuditVerification(long EntriesChecked, AuditBreak? FirstBreak)
{
    public bool Intact => FirstBreak is null;
}

/// <summary>
/// Checks the chain one entry at a time, in order, keeping only the previous hash: a trail of any length is
/// verified in constant memory, whether its entries come from a list or are read from the database in batches.
/// </summary>
public sealed class AuditChainWalk
{
    private string _previous = AuditHasher.Genesis;

    public long EntriesChecked { get; private set; }

    public AuditBreak? FirstBreak { get; private set; }

    /// <summary>Checks the next entry; false once the chain is broken (later entries are then not looked at).</summary>
    public bool Check(AuditEntry entry)
    {
        if (FirstBreak is not null) return false;
        EntriesChecked++;
        if (!string.Equals(entry.PreviousHash, _previous, StringComparison.Ordinal))
            FirstBreak = new(entry.Id, "previous-hash-mismatch");
        else if (!string.Equals(entry.Hash, AuditHasher.Compute(entry, _previous), StringComparison.Ordinal))
            FirstBreak = new(entry.Id, "content-altered");
        _previous = entry.Hash;
        return FirstBreak is null;
    }

    public AuditVerification Result => new(EntriesChecked, FirstBreak);
}

/// <summary>Walks entries already in hand (tests, exports) and reports the first whose link or content does not match.</summary>
public static class AuditChainVerifier
{
    public static AuditVerification Verify(IEnumerable<AuditEntry> entriesInOrder)
    {
        var walk = new AuditChainWalk();
        foreach (var entry in entriesInOrder)
        {
            if (!walk.Check(entry)) break;
        }
        return walk.Result;
    }
}

namespace Palermo.Audit;

/// <summary>The first place the chain is broken, or null when every link holds.</summary>
public sealed record AuditBreak(long EntryId, string Reason);

public sealed record AuditVerification(long EntriesChecked, AuditBreak? FirstBreak)
{
    public bool Intact => FirstBreak is null;
}

/// <summary>Walks the trail in order and reports the first entry whose link or content does not match.</summary>
public static class AuditChainVerifier
{
    public static AuditVerification Verify(IEnumerable<AuditEntry> entriesInOrder)
    {
        var previous = AuditHasher.Genesis;
        long count = 0;
        foreach (var entry in entriesInOrder)
        {
            count++;
            if (!string.Equals(entry.PreviousHash, previous, StringComparison.Ordinal))
                return new(count, new(entry.Id, "previous-hash-mismatch"));
            if (!string.Equals(entry.Hash, AuditHasher.Compute(entry, previous), StringComparison.Ordinal))
                return new(count, new(entry.Id, "content-altered"));
            previous = entry.Hash;
        }
        return new(count, null);
    }
}

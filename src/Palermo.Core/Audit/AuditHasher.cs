using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Palermo.Audit;

/// <summary>The hash chain of the audit trail: SHA-256 over the previous hash and the entry's canonical text.</summary>
public static class AuditHasher
{
    /// <summary>The "previous hash" of the very first entry.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string Compute(AuditEntry entry, string previousHash)
    {
        // Unit separators keep field boundaries unambiguous; UTC ticks make the time exact on every engine.
        var canonical = string.Join('\u001f',
            previousHash,
            entry.OccurredAt.UtcTicks.ToString(CultureInfo.InvariantCulture),
            entry.UserId ?? "",
            entry.UserName ?? "",
            entry.Action,
            entry.EntityType,
            entry.EntityId ?? "",
            entry.CountryIso3 ?? "",
            entry.IpAddress ?? "",
            entry.Details ?? "");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    public static void Seal(AuditEntry entry, string previousHash)
    {
        entry.PreviousHash = previousHash;
        entry.Hash = Compute(entry, previousHash);
    }
}

namespace Palermo.Cli;

/// <summary>Process exit codes; scripts depend on them, so they never change meaning.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Bad arguments, refused operation, invalid file, unreachable database.</summary>
    public const int Error = 1;

    /// <summary><c>audit verify</c>: the hash chain is broken (tampering or data loss), distinct from "could not check".</summary>
    public const int AuditChainBroken = 2;

    /// <summary><c>mrz</c>: the input is not a machine-readable zone at all.</summary>
    public const int NotAnMrz = 3;
}

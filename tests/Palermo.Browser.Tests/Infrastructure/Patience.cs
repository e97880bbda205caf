namespace Palermo.Browser.Tests.Infrastructure;

/// <summary>
/// How long a browser step may take. Generous on purpose: CI machines are shared and a busy core can stall the
/// app or Chromium for many seconds; a real bug fails these steps forever, not after 30 seconds.
/// </summary>
public static class Patience
{
    public const float Milliseconds = 120_000;
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Palermo.Data;

/// <summary>
/// The model differs slightly per engine (SQLite stores DateTimeOffset as ticks), so one process that talks to
/// both engines — the test suite — needs one cached model per engine.
/// </summary>
internal sealed class ProviderAwareModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        (context.GetType(), context.Database.ProviderName, designTime);
}

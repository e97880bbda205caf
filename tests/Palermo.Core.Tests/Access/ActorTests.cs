using Palermo.Access;
using Palermo.Accounts;
using Palermo.Data;

namespace Palermo.Tests.Access;

public sealed class ActorTests
{
    [Theory]
    [InlineData("anonymous", false, null)]
    [InlineData("admin", true, null)]
    [InlineData("analyst", true, null)]
    [InlineData("focal-EGY", false, "EGY")]
    [InlineData("officer-EGY", false, "EGY")]
    [InlineData("partner", false, null)]
    public void An_actor_is_the_data_scope_of_its_work(string actor, bool seesAll, string? country)
    {
        IDataScope scope = Actors.Named(actor);

        Assert.Equal(seesAll, scope.SeesAllCountries);
        Assert.Equal(country, scope.CountryIso3);
    }

    [Fact]
    public void Belonging_to_a_country_compares_codes_not_case_and_never_matches_no_country()
    {
        var focal = Actor.Of("f", [PalermoRoles.FocalPoint], "EGY");

        Assert.True(focal.BelongsTo("egy"));
        Assert.False(focal.BelongsTo("NGA"));
        Assert.False(focal.BelongsTo(null));
        Assert.False(Actor.Of("p", [PalermoRoles.Partner]).BelongsTo(null));
    }

    [Fact]
    public void The_system_actor_works_as_the_secretariat_and_the_anonymous_one_is_not_signed_in()
    {
        Assert.True(Actor.System.IsSignedIn);
        Assert.True(Actor.System.IsSecretariat);
        Assert.False(Actor.Anonymous.IsSignedIn);
        Assert.False(Actor.Anonymous.IsUser(null));
    }
}

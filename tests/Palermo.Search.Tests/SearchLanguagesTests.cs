namespace Palermo.Search.Tests;

public class SearchLanguagesTests
{
    [Fact]
    public void Search_covers_the_six_languages() => Assert.Equal(6, SearchLanguages.Codes.Count);
}

using Palermo.Search.Analysis;

namespace Palermo.Search.Tests.Analysis;

public class QueryTextValidatorTests
{
    [Theory]
    [InlineData("trafficking in persons")]
    [InlineData("\"trafficking in persons\" victims")]
    [InlineData("الاتجار بالأشخاص")]
    [InlineData("« traite des personnes »")]
    [InlineData("«торговля людьми»")]
    [InlineData("“smuggling of migrants”")]
    [InlineData("贩运人口")]
    [InlineData("l'exploitation d'organes")]
    [InlineData("line one\nline two\twith tab\r\n")]
    [InlineData("Art. 5 (1) ٥")]
    public void Ordinary_queries_are_accepted(string query)
    {
        var result = QueryTextValidator.Validate(query);
        Assert.True(result.IsValid);
        Assert.Null(result.Code);
    }

    [Theory]
    [InlineData(null, QueryTextProblem.Empty, "query_empty")]
    [InlineData("", QueryTextProblem.Empty, "query_empty")]
    [InlineData("   ", QueryTextProblem.Empty, "query_empty")]
    [InlineData("a\0b", QueryTextProblem.ControlCharacter, "query_control_character")]
    [InlineData("bell\u0007", QueryTextProblem.ControlCharacter, "query_control_character")]
    [InlineData("\u001B[31mred", QueryTextProblem.ControlCharacter, "query_control_character")]
    [InlineData("c1\u0085control", QueryTextProblem.ControlCharacter, "query_control_character")]
    [InlineData("\"unclosed phrase", QueryTextProblem.UnbalancedQuotes, "query_unbalanced_quotes")]
    [InlineData("\"one\" \"two", QueryTextProblem.UnbalancedQuotes, "query_unbalanced_quotes")]
    [InlineData("« traite", QueryTextProblem.UnbalancedQuotes, "query_unbalanced_quotes")]
    [InlineData("traite »", QueryTextProblem.UnbalancedQuotes, "query_unbalanced_quotes")]
    [InlineData("”reversed“", QueryTextProblem.UnbalancedQuotes, "query_unbalanced_quotes")]
    [InlineData("＂full-width", QueryTextProblem.UnbalancedQuotes, "query_unbalanced_quotes")]
    public void Malformed_queries_are_rejected_with_a_code(string? query, QueryTextProblem problem, string code)
    {
        var result = QueryTextValidator.Validate(query);
        Assert.False(result.IsValid);
        Assert.Equal(problem, result.Problem);
        Assert.Equal(code, result.Code);
        Assert.False(string.IsNullOrWhiteSpace(result.Message));
    }

    [Fact]
    public void Lone_surrogates_are_rejected()
    {
        // Built in code: a lone surrogate would not survive serialization of [InlineData].
        var result = QueryTextValidator.Validate("broken " + '\uD800' + " surrogate");
        Assert.Equal(QueryTextProblem.InvalidUnicode, result.Problem);
        Assert.Equal("query_invalid_unicode", result.Code);
    }

    [Theory]
    [InlineData("a", 1000, true)]
    [InlineData("a", 1001, false)]
    [InlineData("ض", 1000, true)]
    [InlineData("ض", 1001, false)]
    // Characters are code points: 1,000 emoji are 2,000 UTF-16 units but still within the limit.
    [InlineData("😀", 1000, true)]
    [InlineData("😀", 1001, false)]
    public void Length_limit_is_one_thousand_characters(string unit, int repeat, bool valid)
    {
        var result = QueryTextValidator.Validate(string.Concat(Enumerable.Repeat(unit, repeat)));
        Assert.Equal(valid, result.IsValid);
        if (!valid)
        {
            Assert.Equal("query_too_long", result.Code);
        }
    }
}

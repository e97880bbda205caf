using Palermo.Countries;
using Palermo.ReferenceData;
using Palermo.TreatyStatus;

namespace Palermo.Tests.TreatyStatus;

public class UntcStatusTableTests
{
    private static readonly ParticipantNames Names = new(
        CountryCatalogFile.Load(ReferenceDataFiles.Countries),
        StatesParties2014Csv.Read(ReferenceDataFiles.StatesParties2014).Select(r => (r.Name, r.Iso3)));

    private const string Header = "Participant\tSignature\tRatification, Acceptance(A), Approval(AA), Accession(a), Succession(d)";

    [Theory]
    [InlineData("Albania\t12 Dec 2000\t21 Aug 2002", "ALB", "2000-12-12", "2002-08-21", ConsentAction.Ratification)]
    [InlineData("Antigua and Barbuda\t\t17 Feb 2010 a", "ATG", null, "2010-02-17", ConsentAction.Accession)]
    [InlineData("Finland\t12 Dec 2000\t7 Sep 2006 A", "FIN", "2000-12-12", "2006-09-07", ConsentAction.Acceptance)]
    [InlineData("European Union\t12 Dec 2000\t6 Sep 2006 AA", "EUU", "2000-12-12", "2006-09-06", ConsentAction.Approval)]
    [InlineData("Montenegro\t\t23 Oct 2006 d", "MNE", null, "2006-10-23", ConsentAction.Succession)]
    [InlineData("Bolivia (Plurinational State of)\t12 Dec 2000\t18 May 2006", "BOL", "2000-12-12", "2006-05-18", ConsentAction.Ratification)]
    [InlineData("Türkiye\t13 Dec 2000\t25 Mar 2003", "TUR", "2000-12-13", "2003-03-25", ConsentAction.Ratification)]
    [InlineData("Denmark 2\t12 Dec 2000\t30 Sep 2003", "DNK", "2000-12-12", "2003-09-30", ConsentAction.Ratification)]
    public void Reads_dates_markers_and_participant_names(string row, string iso3, string? signature, string consent, ConsentAction action)
    {
        var result = UntcStatusTable.Parse(Header + "\n" + row + "\n", Names);

        Assert.True(result.IsValid, string.Join("; ", result.Problems));
        var parsed = Assert.Single(result.Rows);
        Assert.Equal(iso3, parsed.Iso3);
        Assert.Equal(signature is null ? null : DateOnly.Parse(signature, System.Globalization.CultureInfo.InvariantCulture), parsed.Signature);
        Assert.Equal(DateOnly.Parse(consent, System.Globalization.CultureInfo.InvariantCulture), parsed.Consent);
        Assert.Equal(action, parsed.Action);
    }

    [Fact]
    public void A_signatory_without_consent_is_read_as_signature_only()
    {
        var row = Assert.Single(UntcStatusTable.Parse(Header + "\nJapan\t9 Dec 2002\t", Names).Rows);
        Assert.Equal(new DateOnly(2002, 12, 9), row.Signature);
        Assert.Null(row.Consent);
    }

    [Fact]
    public void Comma_separated_tables_are_read_too()
    {
        var csv = "Participant,Signature,\"Ratification, Acceptance(A), Approval(AA), Accession(a), Succession(d)\"\r\nAlbania,12 Dec 2000,21 Aug 2002\r\n";
        Assert.Equal("ALB", Assert.Single(UntcStatusTable.Parse(csv, Names).Rows).Iso3);
    }

    [Fact]
    public void Every_bad_row_is_reported_with_its_line_number()
    {
        var table = string.Join('\n',
            Header,
            "Albania\t12 Dec 2000\t21 Aug 2002",
            "Atlantis\t12 Dec 2000\t21 Aug 2002",
            "Finland\t31 Feb 2000\t7 Sep 2006 A",
            "Egypt\t1 May 2002\t5 Mar 2004 x",
            "Albania\t12 Dec 2000\t21 Aug 2002",
            "Chile\t\t29 Nov 2004",
            "France\t12 Dec 2000\t29 Oct 1999",
            "Germany");

        var result = UntcStatusTable.Parse(table, Names);

        Assert.False(result.IsValid);
        Assert.Equal(
            [(3, "unknown-participant"), (4, "invalid-signature-date"), (5, "invalid-consent"), (6, "duplicate-participant"),
             (7, "ratification-without-signature"), (8, "consent-before-signature"), (9, "wrong-column-count")],
            result.Problems.Select(p => (p.Line, p.Code)));
        Assert.Equal("Atlantis", result.Problems[0].Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Name\tDate\n")]
    [InlineData(Header + "\n")]
    public void A_file_that_is_not_the_status_table_is_refused(string text)
    {
        var result = UntcStatusTable.Parse(text, Names);
        Assert.False(result.IsValid);
        Assert.NotEmpty(result.Problems);
        Assert.Empty(result.Rows);
    }
}

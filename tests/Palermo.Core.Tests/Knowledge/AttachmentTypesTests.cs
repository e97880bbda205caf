using Palermo.Knowledge;
using Palermo.Testing;

namespace Palermo.Core.Tests.Knowledge;

public class AttachmentTypesTests
{
    public static TheoryData<string, string?> Samples => new()
    {
        { "pdf", "application/pdf" },
        { "png", "image/png" },
        { "jpeg", "image/jpeg" },
        { "text", "text/plain; charset=utf-8" },
        { "docx", AttachmentTypes.Docx.ContentType },
        { "xlsx", AttachmentTypes.Xlsx.ContentType },
        { "odt", AttachmentTypes.Odt.ContentType },
        { "zip", null },
        { "exe", null },
        { "html-with-control-character", null },
        { "latin1", null },
        { "empty", null },
    };

    private static byte[] Sample(string name) => name switch
    {
        "pdf" => AttachmentSamples.Pdf,
        "png" => AttachmentSamples.Png,
        "jpeg" => AttachmentSamples.Jpeg,
        "text" => AttachmentSamples.Text,
        "docx" => AttachmentSamples.Docx,
        "xlsx" => AttachmentSamples.Xlsx,
        "odt" => AttachmentSamples.Odt,
        "zip" => AttachmentSamples.PlainZip,
        "exe" => AttachmentSamples.Executable,
        "html-with-control-character" => AttachmentSamples.Html,
        "latin1" => [0x54, 0x72, 0x61, 0x69, 0x74, 0xE9],
        _ => [],
    };

    [Theory, MemberData(nameof(Samples))]
    public void The_type_is_recognized_by_content_alone(string sample, string? expected) =>
        Assert.Equal(expected, AttachmentTypes.Detect(Sample(sample))?.ContentType);

    [Theory]
    [InlineData("report.pdf", "report.pdf")]
    [InlineData("../../etc/passwd", "passwd.pdf")]
    [InlineData("C:\\Users\\x\\évaluation finale.exe", "évaluation finale.pdf")]
    [InlineData("a\"b;c\r\nd.pdf", "abcd.pdf")]
    [InlineData("تقرير الإحالة.pdf", "تقرير الإحالة.pdf")]
    [InlineData("...", "attachment.pdf")]
    [InlineData(null, "attachment.pdf")]
    public void File_names_are_made_safe_with_the_detected_extension(string? name, string expected) =>
        Assert.Equal(expected, AttachmentTypes.SafeFileName(name, AttachmentTypes.Pdf));

    [Fact]
    public void Long_names_are_cut_to_a_hundred_characters() =>
        Assert.Equal(100, AttachmentTypes.SafeFileName(new string('x', 500) + ".txt", AttachmentTypes.Text).Length);
}

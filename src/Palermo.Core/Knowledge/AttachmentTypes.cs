using System.IO.Compression;
using System.Text;

namespace Palermo.Knowledge;

/// <summary>A type an attachment may have: what is served as Content-Type and the extension its file name gets.</summary>
public sealed record AttachmentType(string ContentType, string Extension);

/// <summary>
/// The allow-list of attachment types, recognized by their content — never by the name or the type the browser claims:
/// PDF, Word (DOCX), Excel (XLSX), OpenDocument text (ODT), PNG, JPEG and plain UTF-8 text.
/// </summary>
public static class AttachmentTypes
{
    public static readonly AttachmentType Pdf = new("application/pdf", ".pdf");
    public static readonly AttachmentType Docx = new("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx");
    public static readonly AttachmentType Xlsx = new("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx");
    public static readonly AttachmentType Odt = new("application/vnd.oasis.opendocument.text", ".odt");
    public static readonly AttachmentType Png = new("image/png", ".png");
    public static readonly AttachmentType Jpeg = new("image/jpeg", ".jpg");
    public static readonly AttachmentType Text = new("text/plain; charset=utf-8", ".txt");

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The type <paramref name="content"/> is, or null when it is none of the allowed ones.</summary>
    public static AttachmentType? Detect(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        ReadOnlySpan<byte> bytes = content;
        if (bytes.Length == 0) return null;
        if (bytes.StartsWith("%PDF-"u8)) return Pdf;
        if (bytes.StartsWith(PngSignature)) return Png;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) return Jpeg;
        if (bytes.StartsWith("PK\u0003\u0004"u8)) return OfficeDocument(content);
        return IsPlainText(bytes) ? Text : null;
    }

    /// <summary>A ZIP is allowed only as a Word, Excel or OpenDocument text file: its entries say which.</summary>
    private static AttachmentType? OfficeDocument(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
            if (names.Contains("[Content_Types].xml") && names.Contains("word/document.xml")) return Docx;
            if (names.Contains("[Content_Types].xml") && names.Contains("xl/workbook.xml")) return Xlsx;
            if (zip.GetEntry("mimetype") is { Length: < 100 } mimetype)
            {
                using var reader = new StreamReader(mimetype.Open(), Encoding.ASCII);
                if (string.Equals(reader.ReadToEnd().Trim(), Odt.ContentType, StringComparison.Ordinal)) return Odt;
            }
            return null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>Valid UTF-8 without control characters other than tab, line breaks and form feed.</summary>
    private static bool IsPlainText(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f')) return false;
        }
        return true;
    }

    /// <summary>
    /// A file name safe in a Content-Disposition header and on any disk: no path, no control or reserved characters,
    /// at most 100 characters, and the extension of the type actually detected.
    /// </summary>
    public static string SafeFileName(string? name, AttachmentType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var baseName = (name ?? "").Replace('\\', '/');
        baseName = baseName[(baseName.LastIndexOf('/') + 1)..];
        var dot = baseName.LastIndexOf('.');
        if (dot > 0) baseName = baseName[..dot];
        var clean = new StringBuilder();
        foreach (var c in baseName.Normalize(NormalizationForm.FormC))
        {
            if (char.IsControl(c) || c is '"' or '*' or ':' or '<' or '>' or '?' or '|' or ';' or '%' || char.IsSurrogate(c) && clean.Length >= 90) continue;
            clean.Append(char.IsWhiteSpace(c) ? ' ' : c);
        }
        var result = clean.ToString().Trim(' ', '.');
        if (result.Length > 100 - type.Extension.Length) result = result[..(100 - type.Extension.Length)].TrimEnd(' ', '.');
        if (result.Length > 0 && char.IsHighSurrogate(result[^1])) result = result[..^1];
        return (result.Length == 0 ? "attachment" : result) + type.Extension;
    }
}

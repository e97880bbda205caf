using System.IO.Compression;
using System.Text;

namespace Palermo.Testing;

/// <summary>Small files of each allowed attachment type (and some that are not), built in memory.</summary>
public static class AttachmentSamples
{
    public static byte[] Pdf => Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
    public static byte[] Png => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52];
    public static byte[] Jpeg => [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 0x4A, 0x46, 0x49, 0x46, 0];
    public static byte[] Text => Encoding.UTF8.GetBytes("Referral list\nشبكة الإحالة\n转介名单\n");
    public static byte[] Docx => Zip(("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<w:document/>"));
    public static byte[] Xlsx => Zip(("[Content_Types].xml", "<Types/>"), ("xl/workbook.xml", "<workbook/>"));
    public static byte[] Odt => Zip(("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", "<office:document-content/>"));

    /// <summary>A ZIP that is no office document.</summary>
    public static byte[] PlainZip => Zip(("payload.exe", "MZ"));
    public static byte[] Executable => [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00];
    public static byte[] Html => Encoding.UTF8.GetBytes("<html><script>alert(1)</script>\u0001</html>");

    public static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), Encoding.ASCII);
                writer.Write(content);
            }
        }
        return buffer.ToArray();
    }
}

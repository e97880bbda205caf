using Microsoft.Net.Http.Headers;

namespace Palermo.Web.Countries;

/// <summary>
/// Serves JSON that was compressed once ahead of time: Brotli or gzip when the client accepts it, identity
/// otherwise, and 304 when the client already holds this content (If-None-Match).
/// </summary>
public static class PrecompressedJson
{
    private const string Brotli = "br";
    private const string Gzip = "gzip";

    public static IResult Result(HttpContext http, byte[] json, byte[] brotli, byte[] gzip, string etag)
    {
        var response = http.Response;
        response.Headers.Vary = HeaderNames.AcceptEncoding;
        response.Headers.ETag = etag;
        if (Matches(http.Request.Headers.IfNoneMatch, etag))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }
        var encoding = Choose(http.Request);
        if (encoding is null)
        {
            return TypedResults.Bytes(json, "application/json");
        }
        response.Headers.ContentEncoding = encoding;
        return TypedResults.Bytes(encoding == Brotli ? brotli : gzip, "application/json");
    }

    /// <summary>Brotli before gzip; an encoding with q=0 is refused, and "*" stands for any encoding not listed.</summary>
    internal static string? Choose(HttpRequest request)
    {
        var accepted = request.GetTypedHeaders().AcceptEncoding;
        if (accepted.Count == 0) return null;
        double? brotli = null, gzip = null, any = null;
        foreach (var value in accepted)
        {
            var quality = value.Quality ?? 1;
            if (value.Value.Equals(Brotli, StringComparison.OrdinalIgnoreCase)) brotli = quality;
            else if (value.Value.Equals(Gzip, StringComparison.OrdinalIgnoreCase)) gzip = quality;
            else if (value.Value.Equals("*", StringComparison.Ordinal)) any = quality;
        }
        var brotliQuality = brotli ?? any ?? 0;
        var gzipQuality = gzip ?? any ?? 0;
        if (brotliQuality <= 0 && gzipQuality <= 0) return null;
        return brotliQuality >= gzipQuality ? Brotli : Gzip;
    }

    private static bool Matches(Microsoft.Extensions.Primitives.StringValues ifNoneMatch, string etag)
    {
        if (ifNoneMatch.Count == 0) return false;
        // Weak comparison (RFC 9110 §13.1.2): the W/ prefix does not matter.
        var opaque = etag.StartsWith("W/", StringComparison.Ordinal) ? etag[2..] : etag;
        foreach (var header in ifNoneMatch)
        {
            if (header is null) continue;
            foreach (var part in header.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (part == "*") return true;
                var candidate = part.StartsWith("W/", StringComparison.Ordinal) ? part[2..] : part;
                if (string.Equals(candidate, opaque, StringComparison.Ordinal)) return true;
            }
        }
        return false;
    }
}

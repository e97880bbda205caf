using System.Text.Json;
using System.Text.Json.Serialization;

namespace Palermo.Screening;

/// <summary>Reads the catalogue file and rejects one the evaluator could not apply consistently.</summary>
public static class LabourCatalogueLoader
{
    /// <summary>Unknown members are errors: a misspelt "strnog" threshold must not silently become zero.</summary>
    internal static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };

    /// <exception cref="InvalidDataException">The file is not a valid catalogue; the message says what is wrong.</exception>
    public static LabourCatalogue Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream);
    }

    /// <exception cref="InvalidDataException">The stream is not a valid catalogue; the message says what is wrong.</exception>
    public static LabourCatalogue Load(Stream stream)
    {
        LabourCatalogue? catalogue;
        try
        {
            catalogue = JsonSerializer.Deserialize<LabourCatalogue>(stream, JsonOptions);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"Labour indicator catalogue is malformed: {ex.Message}", ex);
        }
        if (catalogue is null)
        {
            throw new InvalidDataException("Labour indicator catalogue is empty (JSON null).");
        }
        // Compiling runs every consistency check; doing it here means a bad file fails at start-up, not mid-interview.
        _ = CompiledLabourRules.Compile(catalogue);
        return catalogue;
    }
}

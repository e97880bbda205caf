using System.Text.Json;
using System.Text.Json.Serialization;
using Palermo.Knowledge;

namespace Palermo.Web.Knowledge;

/// <summary>
/// A victim in a case-law body is an object (<c>{"initials","sex","nationality"}</c>) or just the initials as a string
/// (<c>"A.B."</c>), as a clerk copying a judgment would write them. Either way the initials rule applies.
/// </summary>
public sealed class CaseVictimJson : JsonConverter<CaseVictim>
{
    public override CaseVictim Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String) return new CaseVictim { Initials = reader.GetString() ?? "" };
        var fields = JsonSerializer.Deserialize<Fields>(ref reader, options) ?? throw new JsonException();
        return new CaseVictim { Initials = fields.Initials ?? "", Sex = fields.Sex ?? "", Nationality = fields.Nationality };
    }

    public override void Write(Utf8JsonWriter writer, CaseVictim value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, new Fields(value.Initials, value.Sex, value.Nationality), options);

    private sealed record Fields(string? Initials, string? Sex, string? Nationality);
}

using System.Text.Encodings.Web;
using System.Text.Json;

namespace OpenElements.Server;

/// <summary>The JSON settings of every contract route: camelCase, nulls written (the platform echoes them).</summary>
public static class AppJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        // Config values such as "yyyy-MM-dd'T'HH:mm:ss'Z'" must come back as typed, not \u0027-escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}

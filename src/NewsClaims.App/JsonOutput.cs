using System.Text.Encodings.Web;
using System.Text.Json;

namespace NewsClaims.App;

/// <summary>The one way commands write JSON: UTF-8, readable non-ASCII text (scraped text stays legible), compact or indented.</summary>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Indented = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    public static string Write(Action<Utf8JsonWriter> write, bool indented = false)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, indented ? Indented : Compact))
            write(w);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}

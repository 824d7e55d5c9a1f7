using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace NewsClaims.App.Commands;

/// <summary>The one way query commands print rows: an aligned table for people, JSON or CSV for scripts.</summary>
internal static class QueryOutput
{
    public static Option<string> Format(string defaultFormat = "table")
    {
        var option = new Option<string>("--format")
        {
            Description = "Output: table (aligned columns), json (an array of objects) or csv (RFC 4180, with a header row)",
            DefaultValueFactory = _ => defaultFormat,
            HelpName = "FORMAT",
        };
        option.AcceptOnlyFromAmong("table", "json", "csv");
        return option;
    }

    /// <summary>Writes <paramref name="rows"/> under <paramref name="columns"/>; JSON names the fields after the columns in
    /// snake_case and keeps numbers as numbers.</summary>
    public static void Write(TextWriter output, string format, IReadOnlyList<string> columns, IEnumerable<object?[]> rows)
    {
        switch (format)
        {
            case "json":
                var names = columns.Select(c => c.ToLowerInvariant().Replace(' ', '_')).ToArray();
                output.WriteLine(JsonOutput.Write(w =>
                {
                    w.WriteStartArray();
                    foreach (var row in rows)
                    {
                        w.WriteStartObject();
                        for (var i = 0; i < names.Length; i++)
                            WriteValue(w, names[i], row[i]);
                        w.WriteEndObject();
                    }
                    w.WriteEndArray();
                }, indented: true));
                break;
            case "csv":
                output.WriteLine(string.Join(',', columns.Select(Csv)));
                foreach (var row in rows)
                    output.WriteLine(string.Join(',', row.Select(v => Csv(Text(v)))));
                break;
            default:
                var table = new TextTable([.. columns]);
                foreach (var row in rows)
                    table.Add(row.Select(v => v is null ? null : (object?)Text(v)).ToArray());
                output.Write(table);
                break;
        }
    }

    private static void WriteValue(Utf8JsonWriter w, string name, object? value)
    {
        switch (value)
        {
            case null: w.WriteNull(name); break;
            case long l: w.WriteNumber(name, l); break;
            case int i: w.WriteNumber(name, i); break;
            case double d: w.WriteNumber(name, d); break;
            case decimal m: w.WriteNumber(name, m); break;
            default: w.WriteString(name, Text(value)); break;
        }
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string Csv(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
}

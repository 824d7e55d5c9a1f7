using AngleSharp.Dom;

namespace NewsClaims.Core.Extraction.Metadata;

/// <summary>A page's <c>&lt;meta&gt;</c> values by lower-cased name, property or itemprop (all values, in page order).</summary>
public sealed class MetaTags
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.OrdinalIgnoreCase);

    public MetaTags(IDocument document)
    {
        foreach (var meta in document.QuerySelectorAll("meta[content]"))
        {
            var content = meta.GetAttribute("content")!.Trim();
            if (content.Length == 0)
                continue;
            foreach (var attr in (ReadOnlySpan<string>)["property", "name", "itemprop", "http-equiv"])
            {
                var key = meta.GetAttribute(attr);
                if (string.IsNullOrWhiteSpace(key))
                    continue;
                foreach (var k in key.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    if (!_values.TryGetValue(k, out var list))
                        _values[k] = list = [];
                    list.Add(content);
                }
            }
        }
    }

    /// <summary>The first value of the first of <paramref name="keys"/> that is present, with the key that gave it.</summary>
    public (string Value, string Key)? First(params ReadOnlySpan<string> keys)
    {
        foreach (var k in keys)
            if (_values.TryGetValue(k, out var list))
                return (list[0], k);
        return null;
    }

    public IReadOnlyList<string> All(string key) => _values.TryGetValue(key, out var list) ? list : [];
}

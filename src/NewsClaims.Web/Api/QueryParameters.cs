using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace NewsClaims.Web.Api;

/// <summary>Reads a request's query parameters strictly: an unknown name, a malformed number or day, or a value outside its
/// choices becomes an error message (answered with 400), never a silently ignored filter.</summary>
public sealed class QueryParameters
{
    private readonly IQueryCollection _query;
    private readonly List<string> _errors = [];

    public QueryParameters(IQueryCollection query, params string[] known)
    {
        _query = query;
        foreach (var name in query.Keys.Where(k => !known.Contains(k, StringComparer.Ordinal)))
            _errors.Add($"unknown parameter '{name}' (this endpoint takes {string.Join(", ", known)})");
    }

    public IReadOnlyList<string> Errors => _errors;

    public string? Text(string name) => _query.TryGetValue(name, out var v) && v.ToString().Trim() is { Length: > 0 } t ? t : null;

    public long? Id(string name)
    {
        if (Text(name) is not { } text)
            return null;
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0)
            return id;
        _errors.Add($"{name} must be a positive whole number, not '{text}'");
        return null;
    }

    public int Int(string name, int fallback, int min, int max)
    {
        if (Text(name) is not { } text)
            return fallback;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
            return n;
        _errors.Add($"{name} must be a whole number from {min} to {max}, not '{text}'");
        return fallback;
    }

    /// <summary>A day written YYYY-MM-DD.</summary>
    public string? Day(string name)
    {
        if (Text(name) is not { } text)
            return null;
        if (NewsClaims.Storage.DbTime.IsDay(text))
            return text;
        _errors.Add($"{name} must be a day like 2026-11-21, not '{text}'");
        return null;
    }

    public string? OneOf(string name, IReadOnlyCollection<string> choices)
    {
        if (Text(name) is not { } text)
            return null;
        if (choices.Contains(text, StringComparer.Ordinal))
            return text;
        _errors.Add($"{name} must be one of {string.Join(", ", choices)}, not '{text}'");
        return null;
    }

    public void Fail(string message) => _errors.Add(message);
}

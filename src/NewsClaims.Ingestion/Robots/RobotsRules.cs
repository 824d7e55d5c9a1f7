namespace NewsClaims.Ingestion.Robots;

/// <summary>The rules of one robots.txt that apply to our user agent (RFC 9309).</summary>
/// <remarks>
/// The most specific (longest) matching rule wins; on a tie, allow wins. <c>*</c> matches any run of characters
/// and a trailing <c>$</c> anchors the end. A group for our product token is preferred; otherwise the <c>*</c>
/// group applies; with neither, everything is allowed.
/// </remarks>
public sealed class RobotsRules
{
    private readonly IReadOnlyList<(bool Allow, string Pattern)> _rules;

    private RobotsRules(IReadOnlyList<(bool, string)> rules, TimeSpan? crawlDelay)
    {
        _rules = rules;
        CrawlDelay = crawlDelay;
    }

    public static RobotsRules AllowAll { get; } = new([], null);

    public static RobotsRules DisallowAll { get; } = new([(false, "/")], null);

    /// <summary>The Crawl-delay the group asks for, if any (not in RFC 9309, but widely used; we honour it up to a cap).</summary>
    public TimeSpan? CrawlDelay { get; }

    /// <summary>Whether <paramref name="pathAndQuery"/> (as it appears in the URL, starting with '/') may be fetched.</summary>
    public bool IsAllowed(string pathAndQuery)
    {
        if (pathAndQuery == "/robots.txt")
            return true;
        var bestLength = -1;
        var allowed = true;
        foreach (var (allow, pattern) in _rules)
        {
            if (!Matches(pattern, pathAndQuery))
                continue;
            if (pattern.Length > bestLength || (pattern.Length == bestLength && allow))
            {
                bestLength = pattern.Length;
                allowed = allow;
            }
        }
        return allowed;
    }

    public static RobotsRules Parse(string text, string productToken)
    {
        var groups = new List<(List<string> Agents, List<(bool, string)> Rules, TimeSpan? Delay)>();
        List<string>? agents = null;
        List<(bool, string)>? rules = null;
        TimeSpan? delay = null;
        var lastWasAgent = false;
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine;
            var hash = line.IndexOf('#');
            if (hash >= 0)
                line = line[..hash];
            var colon = line.IndexOf(':');
            if (colon <= 0)
                continue;
            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            if (key is "user-agent" or "useragent")
            {
                if (!lastWasAgent)
                {
                    agents = [];
                    rules = [];
                    delay = null;
                    groups.Add((agents, rules, null));
                }
                agents!.Add(value.ToLowerInvariant());
                lastWasAgent = true;
                continue;
            }
            lastWasAgent = false;
            if (rules is null)
                continue;
            switch (key)
            {
                case "allow" when value.Length > 0:
                    rules.Add((true, NormalizePattern(value)));
                    break;
                case "disallow" when value.Length > 0:
                    rules.Add((false, NormalizePattern(value)));
                    break;
                case "crawl-delay" when double.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var seconds) && seconds >= 0:
                    delay = TimeSpan.FromSeconds(Math.Min(seconds, 3600));
                    groups[^1] = (groups[^1].Agents, groups[^1].Rules, delay);
                    break;
            }
        }

        var token = productToken.ToLowerInvariant();
        var mine = groups.Where(g => g.Agents.Any(a => a != "*" && token.StartsWith(a, StringComparison.Ordinal))).ToList();
        if (mine.Count == 0)
            mine = groups.Where(g => g.Agents.Contains("*")).ToList();
        if (mine.Count == 0)
            return AllowAll;
        // Several groups naming the same agent are merged, as RFC 9309 says.
        return new RobotsRules(mine.SelectMany(g => g.Rules).ToList(), mine.Select(g => g.Delay).FirstOrDefault(d => d is not null));
    }

    private static string NormalizePattern(string pattern) => pattern.StartsWith('/') || pattern.StartsWith('*') ? pattern : "/" + pattern;

    /// <summary>Glob match with '*' (greedy, backtracking to the last star: linear-ish, never exponential).</summary>
    private static bool Matches(string pattern, string path)
    {
        var anchored = pattern.EndsWith('$');
        var p = anchored ? pattern[..^1] : pattern;
        int pi = 0, si = 0, star = -1, mark = 0;
        while (si < path.Length)
        {
            if (pi < p.Length && p[pi] == '*')
            {
                star = pi++;
                mark = si;
            }
            else if (pi < p.Length && p[pi] == path[si])
            {
                pi++;
                si++;
            }
            else if (pi == p.Length && !anchored)
            {
                return true;
            }
            else if (star >= 0)
            {
                pi = star + 1;
                si = ++mark;
            }
            else
            {
                return false;
            }
        }
        while (pi < p.Length && p[pi] == '*')
            pi++;
        return pi == p.Length;
    }
}

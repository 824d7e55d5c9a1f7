using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsClaims.Core.Extraction.Metadata;

/// <summary>A calendar date with the time and UTC offset when the text gave them.</summary>
public readonly record struct StatedDate(DateOnly Date, TimeOnly? Time, TimeSpan? Offset)
{
    /// <summary>ISO 8601 as stated: date only, local time without offset, or time with offset.</summary>
    public string Iso => Time is not { } t
        ? Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : Offset is not { } o
            ? $"{Date:yyyy-MM-dd}T{t:HH:mm:ss}"
            : DateText.Iso(new DateTimeOffset(Date.ToDateTime(t), o));

    public DateTimeOffset? Utc => Time is { } t && Offset is { } o ? new DateTimeOffset(Date.ToDateTime(t), o).ToUniversalTime() : null;
}

/// <summary>Reads the date formats pages use in metadata and datelines (ISO 8601, RFC 1123, "Sept. 4, 2025", "4 September 2025", 04/09/2025, "19. November 2026", "19 de noviembre de 2026").</summary>
public static partial class DateText
{
    private static readonly Dictionary<string, TimeSpan> Zones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Z"] = TimeSpan.Zero, ["UTC"] = TimeSpan.Zero, ["GMT"] = TimeSpan.Zero, ["UT"] = TimeSpan.Zero,
        ["BST"] = TimeSpan.FromHours(1), ["CET"] = TimeSpan.FromHours(1), ["CEST"] = TimeSpan.FromHours(2),
        ["EST"] = TimeSpan.FromHours(-5), ["EDT"] = TimeSpan.FromHours(-4), ["CST"] = TimeSpan.FromHours(-6),
        ["CDT"] = TimeSpan.FromHours(-5), ["MST"] = TimeSpan.FromHours(-7), ["MDT"] = TimeSpan.FromHours(-6),
        ["PST"] = TimeSpan.FromHours(-8), ["PDT"] = TimeSpan.FromHours(-7), ["IST"] = new TimeSpan(5, 30, 0),
        ["JST"] = TimeSpan.FromHours(9), ["AEST"] = TimeSpan.FromHours(10), ["AEDT"] = TimeSpan.FromHours(11),
        ["MEZ"] = TimeSpan.FromHours(1), ["MESZ"] = TimeSpan.FromHours(2),
    };

    /// <summary>An instant as ISO 8601 with its offset, to the second.</summary>
    public static string Iso(DateTimeOffset at) => at.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>Parses a whole metadata value (surrounding words such as "Published:" are allowed).</summary>
    /// <param name="dayFirst">How to read 04/09/2025 when both numbers could be the month.</param>
    public static StatedDate? Parse(string? text, bool dayFirst = false) => text is null ? null : Find(text, dayFirst)?.Date;

    /// <summary>The first date in running text, with where it starts and its length.</summary>
    public static (StatedDate Date, int Index, int Length)? Find(string text, bool dayFirst = false)
    {
        if (text.Length > 400)
            text = text[..400];
        // A match that is no date ("KimDecember 17, 2025" with a name glued on, "Gate 12, 2025") may hide one that starts
        // inside it, so the search resumes one character on rather than after it.
        for (var m = AnyDate().Match(text); m.Success; m = AnyDate().Match(text, m.Index + 1))
        {
            if (FromMatch(m, dayFirst) is { } d)
                return (d, m.Index, m.Length);
        }
        return null;
    }

    private static StatedDate? FromMatch(Match m, bool dayFirst)
    {
        int year, month, day;
        var g = m.Groups;
        if (g["iy"].Success)
        {
            year = Int(g["iy"]);
            month = Int(g["im"]);
            day = Int(g["id"]);
        }
        else if (g["compact"].Success)
        {
            var s = g["compact"].Value;
            year = int.Parse(s[..4], CultureInfo.InvariantCulture);
            month = int.Parse(s[4..6], CultureInfo.InvariantCulture);
            day = int.Parse(s[6..8], CultureInfo.InvariantCulture);
        }
        else if (g["ny"].Success)
        {
            int a = Int(g["na"]), b = Int(g["nb"]);
            year = Year(g["ny"].Value);
            (day, month) = a > 12 ? (a, b) : b > 12 ? (b, a) : dayFirst ? (a, b) : (b, a);
        }
        else if (g["y3"].Success)
        {
            year = Int(g["y3"]);
            month = MonthOf(g["m3"].Value);
            day = Int(g["d3"]);
        }
        else
        {
            var monthName = g["m1"].Success ? g["m1"].Value : g["m2"].Value;
            month = MonthOf(monthName);
            day = Int(g["m1"].Success ? g["d1"] : g["d2"]);
            year = Year(g["m1"].Success ? g["y1"].Value : g["y2"].Value);
        }
        if (year is < 1990 or > 2100 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            return null;

        TimeOnly? time = null;
        TimeSpan? offset = null;
        if (g["hh"].Success)
        {
            var hour = Int(g["hh"]);
            var minute = Int(g["mm"]);
            var second = g["ss"].Success ? Int(g["ss"]) : 0;
            if (g["ampm"].Success)
            {
                var pm = char.ToLowerInvariant(g["ampm"].Value[0]) == 'p';
                hour = hour % 12 + (pm ? 12 : 0);
            }
            if (hour > 23 || minute > 59 || second > 59)
                return new StatedDate(new DateOnly(year, month, day), null, null);
            time = new TimeOnly(hour, minute, second);
            if (g["tz"].Success)
                offset = Offset(g["tz"].Value, new DateOnly(year, month, day));
        }
        return new StatedDate(new DateOnly(year, month, day), time, offset);
    }

    private static TimeSpan? Offset(string tz, DateOnly date)
    {
        if (Zones.TryGetValue(tz, out var z))
            return z;
        // American outlets print "ET", "CT", "PT" all year: standard time, or daylight time from the second Sunday in
        // March to the first Sunday in November.
        if (tz.Length == 2 && "ECMP".IndexOf(char.ToUpperInvariant(tz[0])) is var zone and >= 0)
            return TimeSpan.FromHours(-5 - zone + (IsUsDaylightTime(date) ? 1 : 0));
        var m = NumericOffset().Match(tz);
        if (!m.Success)
            return null;
        var sign = m.Groups[1].Value == "-" ? -1 : 1;
        var hours = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        var minutes = m.Groups[3].Success ? int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture) : 0;
        if (hours > 14 || minutes > 59)
            return null;
        return sign * new TimeSpan(hours, minutes, 0);
    }

    private static bool IsUsDaylightTime(DateOnly date)
    {
        var start = new DateOnly(date.Year, 3, 8);
        start = start.AddDays((7 - (int)start.DayOfWeek) % 7);
        var end = new DateOnly(date.Year, 11, 1);
        end = end.AddDays((7 - (int)end.DayOfWeek) % 7);
        return date >= start && date < end;
    }

    private static int Int(Group g) => int.Parse(g.Value, CultureInfo.InvariantCulture);

    private static int Year(string y) => y.Length == 2 ? 2000 + int.Parse(y, CultureInfo.InvariantCulture) : int.Parse(y, CultureInfo.InvariantCulture);

    private static int MonthOf(string name) => Months.GetValueOrDefault(name.TrimEnd('.'));

    // English first, then the languages news pages are most often written in (German, French, Spanish, Italian,
    // Portuguese, Dutch, then Polish, Czech, Russian, Ukrainian, Turkish, Indonesian and the Scandinavian ones), with
    // the abbreviations their datelines use and the genitive forms Slavic dates take ("19 ноября 2026"). The regex takes
    // any word in a month's place and this table decides, so a new language is a few words here.
    private static readonly Dictionary<string, int> Months = MonthTable(
    [
        "january jan januar jänner jän janvier janv enero ene gennaio gen janeiro januari styczeń stycznia ledna leden январь января янв січня ocak januar",
        "february feb februar février fevrier févr fevr febrero febbraio fevereiro fev februari luty lutego února únor февраль февраля фев лютого şubat februari",
        "march mar märz maerz mär mars marzo março marco maart mrt marzec marca března březen март марта березня mart maret marts",
        "april apr avril abril abr aprile kwiecień kwietnia dubna duben апрель апреля квітня nisan",
        "may mai mayo maggio mag maio mei maj maja května květen май мая травня mayıs",
        "june jun juni juin junio giugno giu junho czerwiec czerwca června červen июнь июня июн червня haziran",
        "july jul juli juillet juil julio luglio lug julho lipiec lipca července červenec июль июля июл липня temmuz",
        "august aug august août aout agosto ago augustus sierpień sierpnia srpna srpen август августа авг серпня ağustos agustus augusti",
        "september sep sept septembre septiembre setiembre settembre set setembro wrzesień września září сентябрь сентября сен вересня eylül",
        "october oct oktober okt octobre octubre ottobre ott outubro out październik października října říjen октябрь октября окт жовтня ekim",
        "november nov novembre noviembre novembro listopad listopada listopadu ноябрь ноября ноя листопада kasım",
        "december dec dezember dez décembre decembre déc dic diciembre dicembre dezembro grudzień grudnia prosince prosinec декабрь декабря дек грудня aralık desember",
    ]);

    private static Dictionary<string, int> MonthTable(string[] months)
    {
        var table = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var m = 0; m < months.Length; m++)
            foreach (var name in months[m].Split(' '))
                table[name] = m + 1;
        return table;
    }

    private const string Month = @"\p{L}{3,12}\.?";
    // "at" before a time, in the same languages: "à 14h30", "um 14:30 Uhr", "a las 14:30", "alle 14:30", "às 14h30", "om 14:30".
    private const string At = @"(?:at|um|à|a(?: las?)?|alle(?: ore)?|às|om|kl\.?)";
    private const string Time = @"(?:(?:[T ]|,?\s+(?:" + At + @"\s+)?|\s*[-–|·•]\s*)(?<hh>\d{1,2})(?:[:.h]|\s*[時시]\s*)(?<mm>\d{2})(?:\s*[分분])?(?::(?<ss>\d{2})(?:[.,]\d+)?)?\s*(?<ampm>[ap]\.?m\.?)?\s*(?<tz>Z|[+-]\d{2}(?::?\d{2})?|\(?(?:UTC|GMT)(?:[+-]\d{1,2}(?::?\d{2})?)?\)?|[ECMP][SD]?T|BST|CES?T|MES?Z|IST|JST|AE[SD]T)?)?";

    [GeneratedRegex(
        @"(?<![\d/])(?:" +
        @"(?<iy>(?:19|20)\d{2})[-/.](?<im>\d{1,2})[-/.](?<id>\d{1,2})(?!\d)" + Time + "|" +
        // Chinese, Japanese and Korean: "2026年11月19日 14:30", "2026년 11월 19일".
        @"(?<iy>(?:19|20)\d{2})\s*[年년]\s*(?<im>\d{1,2})\s*[月월]\s*(?<id>\d{1,2})\s*[日일]?" + Time + "|" +
        @"(?<compact>(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))(?!\d)|" +
        @"(?<na>\d{1,2})[/.-](?<nb>\d{1,2})[/.-](?<ny>(?:19|20)\d{2})(?!\d)" + Time + "|" +
        // A month starts a word, or is glued to the end of the one before by a template ("HealthDECEMBER 22, 2022").
        @"(?:(?<!\p{L})|(?-i:(?<=\p{Ll})(?=\p{Lu})))(?<m1>" + Month + @")\s+(?<d1>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y1>(?:19|20)\d{2})(?!\d)" + Time + "|" +
        // The time first, as American outlets print it: "9:40 PM EST, Tue March 3, 2026", "12:01 a.m. CT Oct. 2, 2026".
        @"(?<![\d:])(?<hh>\d{1,2})[:.](?<mm>\d{2})\s*(?<ampm>[ap]\.?m\.?)\s*(?<tz>[ECMP][SD]?T|UTC|GMT)?,?\s+(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?(?<m1>" + Month + @")\s+(?<d1>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y1>(?:19|20)\d{2})(?!\d)|" +
        // Year first, as library and journal records print it: "2023 Jan 7".
        @"(?<y3>(?:19|20)\d{2})\s+(?<m3>" + Month + @")\s+(?<d3>\d{1,2})(?![\d:])|" +
        // "19 November 2026", "19. November 2026", "1er novembre 2026", "19 de noviembre de 2026".
        @"(?<d2>\d{1,2})(?:st|nd|rd|th|er|º|°)?\.?\s+(?:of\s+|de\s+)?(?<m2>" + Month + @"),?\s+(?:de\s+|del\s+)?(?<y2>(?:19|20)\d{2})(?!\d)" + Time +
        ")",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnyDate();

    [GeneratedRegex(@"([+-])(\d{1,2})(?::?(\d{2}))?")]
    private static partial Regex NumericOffset();
}

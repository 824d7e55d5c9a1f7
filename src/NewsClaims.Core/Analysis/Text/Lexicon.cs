using System.Collections.Frozen;

namespace NewsClaims.Core.Analysis.Text;

/// <summary>The closed word lists of the figure and date recognisers, looked up once per token without allocating.</summary>
public static class Lexicon
{
    private static readonly FrozenDictionary<string, WordInfo> Words = Build();
    private static readonly FrozenDictionary<string, WordInfo>.AlternateLookup<ReadOnlySpan<char>> BySpan =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    public static WordInfo? Find(ReadOnlySpan<char> word) => BySpan.TryGetValue(word, out var info) ? info : null;

    private static FrozenDictionary<string, WordInfo> Build()
    {
        var d = new Dictionary<string, WordInfo>(StringComparer.OrdinalIgnoreCase);
        WordInfo Add(string w, WordClass c)
        {
            if (!d.TryGetValue(w, out var info))
                d[w] = info = new WordInfo();
            info.Classes |= c;
            return info;
        }

        string[][] months =
        [
            ["january", "jan"], ["february", "feb"], ["march", "mar"], ["april", "apr"], ["may"], ["june", "jun"],
            ["july", "jul"], ["august", "aug"], ["september", "sep", "sept"], ["october", "oct"], ["november", "nov"], ["december", "dec"],
        ];
        for (var m = 0; m < 12; m++)
            foreach (var w in months[m])
                Add(w, WordClass.Month).Month = m + 1;

        string[][] weekdays =
        [
            ["monday", "mon"], ["tuesday", "tue", "tues"], ["wednesday", "wed"], ["thursday", "thu", "thur", "thurs"],
            ["friday", "fri"], ["saturday", "sat"], ["sunday", "sun"],
        ];
        for (var w = 0; w < 7; w++)
            foreach (var word in weekdays[w])
                Add(word, WordClass.Weekday).Weekday = w + 1;

        string[] units = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
        for (var n = 0; n < units.Length; n++)
            Add(units[n], WordClass.NumberWord).Number = n;
        string[] tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
        for (var n = 0; n < tens.Length; n++)
            Add(tens[n], WordClass.NumberWord).Number = (n + 2) * 10;
        Add("hundred", WordClass.NumberWord).Number = 100;
        Add("dozen", WordClass.NumberWord).Number = 12;

        foreach (var (w, s) in new[] { ("thousand", 1e3m), ("k", 1e3m), ("million", 1e6m), ("m", 1e6m), ("mn", 1e6m), ("mln", 1e6m),
                     ("mil", 1e6m), ("billion", 1e9m), ("bn", 1e9m), ("b", 1e9m), ("bln", 1e9m), ("trillion", 1e12m), ("tn", 1e12m), ("trn", 1e12m) })
            Add(w, WordClass.Scale).Scale = s;
        foreach (var (w, s) in new[] { ("dozens", 12m), ("scores", 20m), ("tens", 10m), ("hundreds", 100m), ("thousands", 1e3m), ("millions", 1e6m),
                     ("billions", 1e9m), ("trillions", 1e12m) })
            Add(w, WordClass.VagueScale).Scale = s;

        string[] ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
            "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"];
        for (var n = 0; n < ordinals.Length; n++)
            Add(ordinals[n], WordClass.Ordinal).Ordinal = n + 1;
        Add("thirtieth", WordClass.Ordinal).Ordinal = 30;
        Add("last", WordClass.Ordinal).Ordinal = -1;
        Add("final", WordClass.Ordinal).Ordinal = -1;

        foreach (var (w, f) in new[] { ("half", 0.5m), ("halves", 0.5m), ("third", 1m / 3), ("thirds", 1m / 3), ("quarter", 0.25m),
                     ("quarters", 0.25m), ("fifth", 0.2m), ("fifths", 0.2m), ("tenth", 0.1m), ("tenths", 0.1m) })
            Add(w, WordClass.Fraction).Fraction = f;

        foreach (var (w, u) in new[]
                 {
                     ("second", TimeUnit.Second), ("seconds", TimeUnit.Second), ("sec", TimeUnit.Second), ("secs", TimeUnit.Second),
                     ("minute", TimeUnit.Minute), ("minutes", TimeUnit.Minute), ("min", TimeUnit.Minute), ("mins", TimeUnit.Minute),
                     ("hour", TimeUnit.Hour), ("hours", TimeUnit.Hour), ("hr", TimeUnit.Hour), ("hrs", TimeUnit.Hour), ("h", TimeUnit.Hour),
                     ("day", TimeUnit.Day), ("days", TimeUnit.Day), ("d", TimeUnit.Day),
                     ("week", TimeUnit.Week), ("weeks", TimeUnit.Week), ("wk", TimeUnit.Week), ("wks", TimeUnit.Week), ("w", TimeUnit.Week),
                     ("weekend", TimeUnit.Weekend), ("weekends", TimeUnit.Weekend),
                     ("month", TimeUnit.Month), ("months", TimeUnit.Month), ("mo", TimeUnit.Month), ("mos", TimeUnit.Month),
                     ("quarter", TimeUnit.Quarter), ("quarters", TimeUnit.Quarter),
                     ("year", TimeUnit.Year), ("years", TimeUnit.Year), ("yr", TimeUnit.Year), ("yrs", TimeUnit.Year), ("y", TimeUnit.Year),
                     ("decade", TimeUnit.Decade), ("decades", TimeUnit.Decade), ("century", TimeUnit.Century), ("centuries", TimeUnit.Century),
                 })
            Add(w, WordClass.TimeUnit).TimeUnit = u;

        foreach (var (w, p) in new[] { ("morning", "MO"), ("mornings", "MO"), ("afternoon", "AF"), ("afternoons", "AF"), ("evening", "EV"),
                     ("evenings", "EV"), ("night", "NI"), ("nights", "NI"), ("overnight", "NI"), ("noon", "12:00"), ("midday", "12:00"),
                     ("midnight", "24:00") })
            Add(w, WordClass.PartOfDay).PartOfDay = p;

        foreach (var (w, s) in new[] { ("spring", "SP"), ("summer", "SU"), ("autumn", "FA"), ("fall", "FA"), ("winter", "WI") })
            Add(w, WordClass.Season).Season = s;

        foreach (var (w, o) in new[] { ("today", 0), ("tonight", 0), ("yesterday", -1), ("tomorrow", 1) })
            Add(w, WordClass.RelativeDay).DayOffset = o;

        foreach (var (w, r) in new[] { ("now", "PRESENT_REF"), ("currently", "PRESENT_REF"), ("presently", "PRESENT_REF"), ("nowadays", "PRESENT_REF"),
                     ("recently", "PAST_REF"), ("lately", "PAST_REF"), 
                     ("future", "FUTURE_REF") })
            Add(w, WordClass.Reference).Reference = r;

        foreach (var (w, s) in new[] { ("last", -1), ("past", -1), ("previous", -1), ("preceding", -1), ("prior", -1), ("this", 0),
                     ("current", 0), ("present", 0), ("next", 1), ("coming", 1), ("following", 1), ("upcoming", 1), ("latest", -1), ("recent", -1) })
            Add(w, WordClass.Shift).Shift = s;

        foreach (var (w, code) in new[]
                 {
                     ("dollar", "USD"), ("dollars", "USD"), ("usd", "USD"), ("euro", "EUR"), ("euros", "EUR"), ("eur", "EUR"),
                     ("pound", "GBP"), ("pounds", "GBP"), ("sterling", "GBP"), ("gbp", "GBP"), ("yen", "JPY"), ("jpy", "JPY"),
                     ("yuan", "CNY"), ("renminbi", "CNY"), ("rmb", "CNY"), ("cny", "CNY"), ("rupee", "INR"), ("rupees", "INR"), ("inr", "INR"),
                     ("won", "KRW"), ("krw", "KRW"), ("franc", "CHF"), ("francs", "CHF"), ("chf", "CHF"), ("ruble", "RUB"), ("rubles", "RUB"),
                     ("rouble", "RUB"), ("roubles", "RUB"), ("peso", "MXN"), ("pesos", "MXN"), ("mxn", "MXN"),
                     ("reais", "BRL"), ("brl", "BRL"), ("cad", "CAD"), ("aud", "AUD"), ("hkd", "HKD"), ("sgd", "SGD"),
                     ("nzd", "NZD"), ("sek", "SEK"), ("nok", "NOK"), ("dkk", "DKK"), ("zar", "ZAR"), ("rand", "ZAR"),
                     ("lira", "TRY"), ("naira", "NGN"), ("shekels", "ILS"), ("shekel", "ILS"), ("ils", "ILS"), ("aed", "AED"), ("dirhams", "AED"),
                     ("riyals", "SAR"), ("sar", "SAR"), ("cents", "USD"), ("cent", "USD"), ("pence", "GBP"), ("rs", "INR"), ("bitcoin", "BTC"),
                 })
            Add(w, WordClass.Currency).Currency = code;

        foreach (var (w, u) in new[]
                 {
                     ("km", "km"), ("kilometres", "km"), ("kilometers", "km"), ("kilometre", "km"), ("kilometer", "km"),
                     ("miles", "mi"), ("mile", "mi"), ("metres", "m"), ("meters", "m"), ("metre", "m"), ("meter", "m"),
                     ("feet", "ft"), ("foot", "ft"), ("ft", "ft"), ("inches", "in"), ("inch", "in"), ("cm", "cm"), ("centimetres", "cm"),
                     ("centimeters", "cm"), ("mm", "mm"), ("millimetres", "mm"), ("millimeters", "mm"),
                     ("kg", "kg"), ("kilograms", "kg"), ("kilogrammes", "kg"), ("kilos", "kg"), ("grams", "g"), ("tonnes", "t"), ("tonne", "t"),
                     ("tons", "t"), ("ton", "t"), ("lb", "lb"), ("lbs", "lb"), ("ounces", "oz"), ("oz", "oz"),
                     ("litres", "l"), ("liters", "l"), ("litre", "l"), ("liter", "l"), ("gallons", "gal"), ("gallon", "gal"),
                     ("barrels", "bbl"), ("barrel", "bbl"), ("bpd", "bbl/d"), ("acres", "acre"), ("acre", "acre"), ("hectares", "ha"),
                     ("hectare", "ha"), ("mph", "mph"), ("kph", "km/h"), ("kmh", "km/h"), ("mw", "MW"), ("gw", "GW"), ("kw", "kW"),
                     ("megawatts", "MW"), ("gigawatts", "GW"), ("kilowatts", "kW"), ("mwh", "MWh"), ("gwh", "GWh"), ("twh", "TWh"), ("kwh", "kWh"),
                     ("tb", "TB"), ("gb", "GB"), ("mb", "MB"), ("terabytes", "TB"), ("gigabytes", "GB"), ("megabytes", "MB"), ("mbps", "Mbps"),
                     ("gbps", "Gbps"), ("degrees", "°"), ("points", "points"), ("pts", "points"), ("bps", "bp"), ("percentage", "pp"),
                 })
            Add(w, WordClass.Unit).Unit = u;
        foreach (var w in new[] { "percent", "per", "pct", "pc" })
            Add(w, WordClass.Percent);

        foreach (var w in new[] { "rose", "rise", "rises", "rising", "risen", "increased", "increase", "increases", "increasing", "grew", "grow",
                     "grows", "growing", "grown", "gained", "gain", "gains", "climbed", "climb", "climbs", "jumped", "jump", "jumps", "surged",
                     "surge", "surges", "soared", "soar", "soars", "rallied", "advanced", "up", "higher", "boosted", "raised", "raise", "added",
                     "spiked", "rebounded", "expanded", "expand", "hike", "hiked", "growth", "increasing", "widened" })
            Add(w, WordClass.ChangeUp);
        foreach (var w in new[] { "fell", "fall", "falls", "falling", "fallen", "dropped", "drop", "drops", "declined", "decline", "declines",
                     "decreased", "decrease", "decreases", "slid", "slide", "slides", "slumped", "slump", "plunged", "plunge", "plunges",
                     "tumbled", "tumble", "sank", "sink", "shrank", "shrink", "shrinks", "contracted", "lost", "lose", "loses", "down", "lower",
                     "cut", "cuts", "reduced", "reduce", "reduction", "slashed", "slipped", "eased", "dipped", "dip", "retreated", "narrowed" })
            Add(w, WordClass.ChangeDown);
        foreach (var w in new[] { "rise", "increase", "gain", "jump", "surge", "drop", "decline", "fall", "decrease", "cut", "reduction",
                     "growth", "slump", "plunge", "dip", "hike", "rally", "climb" })
            Add(w, WordClass.ChangeNoun);

        foreach (var w in new[] { "was", "were", "had", "did", "said", "told", "met", "held", "took", "made", "went", "came", "saw", "got",
                     "gave", "found", "left", "began", "became", "sold", "bought", "brought", "thought", "fell", "rose", "grew", "paid",
                     "lost", "won", "ran", "wrote", "spoke", "led", "sent", "spent", "built", "kept", "ago", "earlier", "announced",
                     "reported", "posted", "last", "previous", "former", "past", "since", "sank", "struck", "fled", "flew", "stood",
                     "fought", "caught", "drew", "drove", "threw", "broke", "chose", "froze", "shook", "stole", "swept", "felt", "sought",
                     "taught", "hung", "stuck", "quit", "wrote", "did", "ate", "forgave", "arose", "overtook", "withdrew", "underwent" })
            Add(w, WordClass.PastCue);
        foreach (var w in new[] { "will", "shall", "ll", "expected", "expects", "expect", "plans", "plan", "planned", "planning", "scheduled",
                     "upcoming", "next", "coming", "forecast", "forecasts", "projected", "intends", "aims", "due", "until", "later",
                     "would", "could", "going", "set", "await", "awaits", "starts", "begins", "opens", "closes", "resumes", "expires",
                     "launches", "arrives", "returns", "travels", "tomorrow", "tonight" })
            Add(w, WordClass.FutureCue);

        foreach (var (w, v) in new[] { ("daily", "P1D"), ("weekly", "P1W"), ("monthly", "P1M"), ("annually", "P1Y"),
                     ("yearly", "P1Y"), ("hourly", "PT1H"), ("nightly", "P1D"), ("biweekly", "P2W"), ("mondays", "XXXX-WXX-1"),
                     ("tuesdays", "XXXX-WXX-2"), ("wednesdays", "XXXX-WXX-3"), ("thursdays", "XXXX-WXX-4"), ("fridays", "XXXX-WXX-5"),
                     ("saturdays", "XXXX-WXX-6"), ("sundays", "XXXX-WXX-7") })
            Add(w, WordClass.SetWord).Reference = v;

        foreach (var (w, z) in new[] { ("utc", 0), ("gmt", 0), ("et", -300), ("est", -300), ("edt", -240), ("ct", -360), ("cst", -360),
                     ("cdt", -300), ("mt", -420), ("mst", -420), ("mdt", -360), ("pt", -480), ("pst", -480), ("pdt", -420), ("bst", 60),
                     ("cet", 60), ("cest", 120), ("ist", 330), ("jst", 540), ("aest", 600), ("hkt", 480) })
            Add(w, WordClass.Zone).ZoneMinutes = z;
        foreach (var w in new[] { "am", "pm" })
            Add(w, WordClass.Meridiem);

        foreach (var w in new[] { "a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "by", "with", "and", "or", "but", "that",
                     "which", "who", "whom", "whose", "was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "will", "would",
                     "could", "should", "may", "might", "can", "must", "than", "as", "per", "this", "these", "those", "its", "their", "his",
                     "her", "our", "your", "my", "it", "they", "he", "she", "we", "you", "i", "not", "no", "more", "less", "each", "every",
                     "if", "so", "such", "into", "onto", "over", "under", "about", "after", "before", "since", "until", "while", "when",
                     "where", "also", "just", "only", "all", "both", "some", "any", "most", "other", "another", "there", "here", "out", "up",
                     "down", "off", "including", "among", "between", "against", "during", "through", "across", "according", "said", "says",
                     "say", "told", "do", "does", "did", "what", "them", "him", "us", "me", "then", "now", "yet", "still", "even", "again",
                     "ago", "earlier", "later", "or", "nor", "via", "toward", "towards", "within", "without", "around", "above", "below",
                     "amid", "despite", "unlike", "like", "compared", "versus", "vs", "respectively", "apiece", "each", "alone", "total",
                     "annually", "a", "year", "years", "month", "months", "week", "weeks", "day", "days", "percent", "previously",
                     "already", "combined", "overall", "worth", "last", "first", "next", "million", "billion", "thousand", "trillion",
                     "hundred", "times", "dozen", "only", "just", "another", "exactly", "precisely", "fully", "barely", "nearly", "almost",
                     "roughly", "approximately", "some", "fewer", "nearly", "around", "those", "these", "all", "many", "several", "further",
                     "additional", "extra" })
            Add(w, WordClass.Function);

        foreach (var w in new[] { "early", "mid", "late", "end", "beginning", "start", "middle", "fiscal", "fy", "holiday", "holidays",
                     "the", "q", "h", "every", "each", "per", "ago", "christmas", "about", "around", "nearly", "almost", "over", "more",
                     "less", "some", "several", "few", "many", "at", "roughly", "approximately", "within", "half", "earlier", "later",
                     "for", "in", "past", "recent", "thanksgiving", "halloween", "easter", "independence", "memorial", "labor",
                     "labour", "black", "new", "valentine" })
            Add(w, WordClass.DateCue);

        return d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}

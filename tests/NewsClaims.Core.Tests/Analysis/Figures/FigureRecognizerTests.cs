using FsCheck;
using FsCheck.Fluent;
using NewsClaims.Core.Analysis;
using NewsClaims.Core.Analysis.Figures;

namespace NewsClaims.Core.Tests.Analysis.Figures;

/// <summary>The figure recogniser, one table per phenomenon; every sentence is ours, in the manner of wire copy.</summary>
public class FigureRecognizerTests
{
    [Theory]
    [InlineData("The airline carried 14,000 passengers on the route.", "14,000", "kind=count value=14000 counted=passengers")]
    [InlineData("Its shares closed at 6.2 on the day.", "6.2", "kind=count value=6.2 low=6.15 high=6.25")]
    [InlineData("The port handled 1,250,000 containers.", "1,250,000", "kind=count value=1250000 counted=containers")]
    [InlineData("The app has 1.5m users in Kenya.", "1.5m", "kind=count value=1500000 counted=users low=1450000 high=1550000")]
    [InlineData("The club sold 300k tickets in a week.", "300k", "kind=count value=300000 counted=tickets")]
    [InlineData("The census counted 3 million households.", "3 million", "kind=count value=3000000 low=2500000 high=3500000 counted=households")]
    [InlineData("Regulators fined 37 banks.", "37", "kind=count value=37 low=37 high=37 counted=banks")]
    [InlineData("The state hired 2,400 teachers.", "2,400", "kind=count value=2400 low=2350 high=2450 counted=teachers")]
    [InlineData("Officials said 82 were killed.", "82", "kind=count value=82 counted=-")]
    [InlineData("The mill employs 0.5 million people.", "0.5 million", "kind=count value=500000 counted=people")]
    [InlineData("About 12.75 million viewers tuned in.", "About 12.75 million", "kind=count value=12750000 q=approx counted=viewers")]
    [InlineData("The fleet grew to 1,002 vessels.", "1,002", "kind=count value=1002 low=1002 high=1002 counted=vessels")]
    public void Digits_separators_decimals_and_scales(string text, string span, string spec) => AssertFigure(text, span, spec);

    [Theory]
    [InlineData("The strike closed six plants.", "six", "kind=count value=6 counted=plants")]
    [InlineData("Fourteen thousand workers walked out.", "Fourteen thousand", "kind=count value=14000 low=13500 high=14500 counted=workers")]
    [InlineData("Police arrested a dozen protesters.", "a dozen", "kind=count value=12 counted=protesters")]
    [InlineData("The agency cut two hundred and forty-five jobs.", "two hundred and forty-five", "kind=count value=245 counted=jobs")]
    [InlineData("Twenty-three schools stayed shut.", "Twenty-three", "kind=count value=23 counted=schools")]
    [InlineData("A third of the budget went to roads.", "A third", "kind=percent unit=% value=33.333333333333333333333333333")]
    [InlineData("Two thirds of voters backed the plan.", "Two thirds", "kind=percent unit=% value=66.666666666666666666666666667")]
    [InlineData("The fund lost a million dollars.", "a million dollars", "kind=money value=1000000 unit=USD")]
    [InlineData("Three new ferries entered service.", "Three", "kind=count value=3 counted=new+ferries")]
    [InlineData("Eleven judges heard the case.", "Eleven", "kind=count value=11 counted=judges")]
    [InlineData("The bank shed nine hundred staff.", "nine hundred", "kind=count value=900 counted=staff")]
    [InlineData("Forty-two families were evacuated.", "Forty-two", "kind=count value=42 counted=families")]
    public void Number_words_and_mixtures(string text, string span, string spec) => AssertFigure(text, span, spec);

    [Theory]
    [InlineData("The deal is worth $6 billion.", "$6 billion", "kind=money value=6e9 unit=USD low=5.5e9 high=6.5e9")]
    [InlineData("The deal is worth $6.0 billion.", "$6.0 billion", "kind=money value=6e9 unit=USD low=5.95e9 high=6.05e9")]
    [InlineData("The insurer paid out US$2.3bn.", "US$2.3bn", "kind=money value=2.3e9 unit=USD")]
    [InlineData("The bonds raised €750 million.", "€750 million", "kind=money value=7.5e8 unit=EUR")]
    [InlineData("The club spent £45m on a striker.", "£45m", "kind=money value=4.5e7 unit=GBP")]
    [InlineData("Tickets cost ¥12,000 each.", "¥12,000", "kind=money value=12000 unit=JPY")]
    [InlineData("The loan totals USD 400 million.", "USD 400 million", "kind=money value=4e8 unit=USD")]
    [InlineData("The city owes 3 billion dollars.", "3 billion dollars", "kind=money value=3e9 unit=USD")]
    [InlineData("Exports reached 58 billion yuan.", "58 billion yuan", "kind=money value=5.8e10 unit=CNY")]
    [InlineData("The prize is 20,000 euros.", "20,000 euros", "kind=money value=20000 unit=EUR")]
    [InlineData("The mine cost 2 billion Canadian dollars.", "2 billion Canadian dollars", "kind=money value=2e9 unit=CAD")]
    [InlineData("The stake sold for C$1.2 billion.", "C$1.2 billion", "kind=money value=1.2e9 unit=CAD")]
    [InlineData("The tower cost HK$8bn to build.", "HK$8bn", "kind=money value=8e9 unit=HKD")]
    [InlineData("A stamp now costs 78 cents.", "78 cents", "kind=money value=0.78 unit=USD")]
    [InlineData("The levy is 5 pence a bag.", "5 pence", "kind=money value=0.05 unit=GBP")]
    [InlineData("The startup raised $300k in seed money.", "$300k", "kind=money value=300000 unit=USD")]
    [InlineData("The budget is $1.2 trillion.", "$1.2 trillion", "kind=money value=1.2e12 unit=USD")]
    [InlineData("Its debt rose to ₹9,000 crore.", "₹9,000", "kind=money unit=INR value=9000")]
    [InlineData("The fine came to 4.3 million pounds.", "4.3 million pounds", "kind=money value=4.3e6 unit=GBP")]
    [InlineData("The carrier booked $9 billion in losses.", "$9 billion", "kind=money value=9e9 unit=USD")]
    [InlineData("Sales hit 2,500 Swiss francs per unit.", "2,500", "kind=count value=2500")]
    [InlineData("The museum paid $1,250,000 for the painting.", "$1,250,000", "kind=money value=1250000 low=1245000 high=1255000")]
    [InlineData("The builder paid EUR 12m for the site.", "EUR 12m", "kind=money value=1.2e7 unit=EUR")]
    [InlineData("Its market value topped $3tn.", "$3tn", "kind=money value=3e12 unit=USD")]
    [InlineData("Operating profit was $450mn.", "$450mn", "kind=money value=4.5e8 unit=USD")]
    [InlineData("Seoul set aside 5 trillion won.", "5 trillion won", "kind=money value=5e12 unit=KRW")]
    [InlineData("The mayor asked for $ 40 million.", "$ 40 million", "kind=money value=4e7 unit=USD")]
    public void Money_by_symbol_code_and_word(string text, string span, string spec) => AssertFigure(text, span, spec);

    [Theory]
    [InlineData("Unemployment fell to 4.1%.", "4.1%", "kind=percent value=4.1 unit=% low=4.05 high=4.15")]
    [InlineData("Turnout was 62 percent.", "62 percent", "kind=percent value=62 unit=%")]
    [InlineData("Turnout was 62 per cent.", "62 per cent", "kind=percent value=62 unit=%")]
    [InlineData("The tariff is 25 pct on steel.", "25 pct", "kind=percent value=25 unit=%")]
    [InlineData("Support rose 5 percentage points.", "5 percentage points", "kind=percent value=5 unit=pp dir=up")]
    [InlineData("The bank raised rates by 25 basis points.", "25 basis points", "kind=percent value=25 unit=bp dir=up")]
    [InlineData("Yields climbed 30 bps in a day.", "30 bps", "kind=percent value=30 unit=bp dir=up")]
    [InlineData("Amazon accounts for about 7.5% of its revenue.", "about 7.5%", "kind=percent value=7.5 q=approx low=7.25 high=7.75")]
    [InlineData("Inflation eased to 2.75 percent.", "2.75 percent", "kind=percent value=2.75 low=2.745 high=2.755")]
    [InlineData("Nearly 40% of homes lack broadband.", "Nearly 40%", "kind=percent value=40 q=approx low=36 high=40")]
    [InlineData("Half of the seats are empty, and 0.5% of fares are refunded.", "0.5%", "kind=percent value=0.5")]
    [InlineData("The index was 100% higher.", "100%", "kind=percent value=100 dir=up")]
    public void Percentages_and_points(string text, string span, string spec) => AssertFigure(text, span, spec);

    [Theory]
    [InlineData("The firm generated more than $6 billion in revenue.", "more than $6 billion", "q=atLeast low=6e9 high=-")]
    [InlineData("Shipments reached over 20,000 tonnes.", "over 20,000 tonnes", "kind=quantity unit=t q=atLeast low=20000 high=-")]
    [InlineData("At least 82 people died.", "At least 82", "q=atLeast low=82 high=- counted=people")]
    [InlineData("Nearly 900 flights were cancelled.", "Nearly 900", "q=approx low=850 high=900 counted=flights")]
    [InlineData("The storm left almost 2 million homes dark.", "almost 2 million", "q=approx low=1.5e6 high=2e6")]
    [InlineData("About 300 workers joined the strike.", "About 300", "q=approx low=270 high=330")]
    [InlineData("Around 7.5% of staff left.", "Around 7.5%", "q=approx low=7.25 high=7.75")]
    [InlineData("Roughly $4 billion is at stake.", "Roughly $4 billion", "q=approx low=3.5e9 high=4.5e9")]
    [InlineData("Some 1,200 troops arrived.", "Some 1,200", "q=approx low=1150 high=1250 counted=troops")]
    [InlineData("The plan could cost up to $2 billion.", "up to $2 billion", "q=atMost low=- high=2e9")]
    [InlineData("Less than 5% of the loans defaulted.", "Less than 5%", "q=atMost high=5 low=-")]
    [InlineData("The town has under 3,000 residents.", "under 3,000", "q=atMost high=3000 counted=residents")]
    [InlineData("Fewer than 40 beds remain.", "Fewer than 40", "q=atMost high=40 counted=beds")]
    [InlineData("As many as 600 jobs may go.", "As many as 600", "q=atMost high=600 counted=jobs")]
    [InlineData("No more than 25 guests may attend.", "No more than 25", "q=atMost high=25 counted=guests")]
    [InlineData("Approximately 4,000 homes lost power.", "Approximately 4,000", "q=approx low=3500 high=4500")]
    [InlineData("The project needs an estimated $80 million.", "an estimated $80 million", "q=approx low=7.5e7 high=8.5e7")]
    [InlineData("The blaze burned in excess of 10,000 acres.", "in excess of 10,000 acres", "q=atLeast low=10000 unit=acre kind=quantity")]
    [InlineData("It employs upwards of 50,000 people.", "upwards of 50,000", "q=atLeast low=50000")]
    [InlineData("Bids came in just under $1 billion.", "just under $1 billion", "q=atMost high=1e9")]
    [InlineData("The crowd numbered 5,000 or so.", "5,000 or so", "q=approx low=4500 high=5500")]
    [InlineData("A 20-plus increase was seen.", "20-plus", "q=atLeast low=20")]
    [InlineData("The deal is worth close to $3bn.", "close to $3bn", "q=approx low=2.5e9 high=3e9")]
    [InlineData("Losses exceeded $5 billion, or above 4% of sales.", "above 4%", "q=atLeast low=4")]
    [InlineData("The payout is at most $10 million.", "at most $10 million", "q=atMost high=1e7")]
    public void Qualifiers_change_the_interval(string text, string span, string spec) => AssertFigure(text, span, spec);

    [Theory]
    [InlineData("The merger is valued at $5-6 billion.", "$5-6 billion", "kind=money q=range value=5e9 max=6e9 low=5e9 high=6e9 unit=USD")]
    [InlineData("Prices rose between 5 and 6 percent.", "between 5 and 6 percent", "kind=percent q=range value=5 max=6")]
    [InlineData("Growth of 5 to 6 percent is forecast.", "5 to 6 percent", "kind=percent q=range value=5 max=6")]
    [InlineData("The repairs cost $200,000 to $300,000.", "$200,000 to $300,000", "kind=money q=range value=200000 max=300000")]
    [InlineData("Between 3,000 and 4,000 people marched.", "Between 3,000 and 4,000", "q=range value=3000 max=4000 counted=people")]
    [InlineData("Estimates range from 20 to 30 deaths.", "from 20 to 30", "q=range value=20 max=30 counted=deaths")]
    [InlineData("The fare will rise 3%-4% next year.", "3%-4%", "kind=percent q=range value=3 max=4 dir=up")]
    [InlineData("The plant will hire 150–200 engineers.", "150–200", "q=range value=150 max=200 counted=engineers")]
    [InlineData("The bill would cost €2-3bn a year.", "€2-3bn", "kind=money q=range value=2e9 max=3e9 unit=EUR")]
    [InlineData("Analysts expect 10 to 12 million units.", "10 to 12 million", "q=range value=1e7 max=1.2e7 counted=units")]
    public void Ranges(string text, string span, string spec) => AssertFigure(text, span, spec);

    [Theory]
    [InlineData("Shares fell 3% in early trading.", "3%", "dir=down value=3")]
    [InlineData("Revenue rose 12 percent to $4.1 billion.", "12 percent", "dir=up value=12")]
    [InlineData("Revenue rose 12 percent to $4.1 billion.", "$4.1 billion", "dir=up value=4.1e9")]
    [InlineData("The index was up 5 percentage points.", "5 percentage points", "dir=up unit=pp")]
    [InlineData("Profit was down 2.1% on the year.", "2.1%", "dir=down")]
    [InlineData("Sales dropped by 8% in March.", "8%", "dir=down")]
    [InlineData("Exports jumped 14.5% from a year earlier.", "14.5%", "dir=up")]
    [InlineData("The company reported a 7% rise in orders.", "7%", "dir=up")]
    [InlineData("Margins were 2 points lower.", "2 points", "dir=down kind=quantity unit=points")]
    [InlineData("The Dow lost 300 points.", "300 points", "dir=down kind=quantity")]
    [InlineData("Costs climbed about 4% last quarter.", "about 4%", "dir=up q=approx")]
    [InlineData("The union won a 6% increase.", "6%", "dir=up")]
    [InlineData("Membership plunged 40 percent.", "40 percent", "dir=down")]
    [InlineData("The bank cut its forecast by 0.3 percentage points.", "0.3 percentage points", "dir=down")]
    [InlineData("Output grew by 1.8%.", "1.8%", "dir=up")]
    [InlineData("Headcount rose by 300 people.", "300", "dir=up counted=people")]
    [InlineData("The deficit narrowed 15%.", "15%", "dir=down")]
    [InlineData("Customers doubled in a year.", "doubled", "kind=quantity value=2 unit=x dir=up")]
    [InlineData("Its value has tripled since the launch.", "tripled", "value=3 dir=up")]
    [InlineData("The agency halved its staff.", "halved", "value=0.5 dir=down")]
    [InlineData("Traffic is 20% higher than before.", "20%", "dir=up")]
    [InlineData("Prices posted a 3 percent decline.", "3 percent", "dir=down")]
    [InlineData("The company employs 5,000 people.", "5,000", "dir=-")]
    [InlineData("The company posted a $9 billion loss.", "$9 billion", "dir=-")]
    public void Changes_with_direction(string text, string span, string spec) => AssertFigure(text, span, spec);

    [Theory]
    [InlineData("The carrier moves billions of packages a year.", "billions", "q=vague magnitude=1e9 low=2e9 high=1e10 counted=packages kind=count value=-")]
    [InlineData("Dozens of villages flooded.", "Dozens", "q=vague magnitude=12 low=24 high=144 counted=villages")]
    [InlineData("Thousands of fans queued overnight.", "Thousands", "q=vague magnitude=1000 counted=fans")]
    [InlineData("Tens of thousands of people marched.", "Tens of thousands", "q=vague magnitude=1e4 low=2e4 high=1e5 counted=people")]
    [InlineData("Hundreds of millions of dollars were lost.", "Hundreds of millions of dollars", "q=vague kind=money unit=USD magnitude=1e8")]
    [InlineData("Hundreds of homes were damaged.", "Hundreds", "q=vague magnitude=100 low=200 high=1000 counted=homes")]
    [InlineData("Several thousand protesters gathered.", "Several thousand", "q=vague magnitude=1000 low=2000 high=10000 counted=protesters")]
    [InlineData("The scheme cost millions of euros.", "millions of euros", "q=vague kind=money unit=EUR magnitude=1e6")]
    [InlineData("A few hundred people stayed.", "A few hundred", "q=vague magnitude=100 counted=people")]
    [InlineData("Scores of officers were hurt.", "Scores", "q=vague magnitude=20 counted=officers")]
    public void Vague_quantities(string text, string span, string spec) => AssertFigure(text, span, spec);

    [Theory]
    [InlineData("The retailer announced 14,000 layoffs.", "14,000", "counted=layoffs")]
    [InlineData("The firm will cut 14,000 corporate jobs.", "14,000", "counted=corporate+jobs")]
    [InlineData("The network spans 36 regional newspapers.", "36", "counted=regional+newspapers")]
    [InlineData("It laid off 1,200 of its workers.", "1,200", "counted=workers")]
    [InlineData("Two people with knowledge of the talks spoke.", "Two", "counted=people")]
    [InlineData("The ship carried 300 children.", "300", "counted=children")]
    [InlineData("Officials counted 48 gig-economy drivers.", "48", "counted=gig-economy+drivers")]
    [InlineData("The chain has 2,300 stores in the US.", "2,300", "counted=stores")]
    [InlineData("The ministry approved 12 new hospitals last year.", "12", "counted=new+hospitals")]
    [InlineData("About 500 Amazon workers signed the letter.", "About 500", "counted=Amazon+workers")]
    [InlineData("Researchers tested 90 vaccines.", "90", "counted=vaccines")]
    [InlineData("The quake destroyed 3,100 buildings.", "3,100", "counted=buildings")]
    public void Counted_nouns(string text, string span, string spec) => AssertFigure(text, span, spec);

    [Theory]
    [InlineData("The river rose 2.5 metres overnight.", "2.5 metres", "kind=quantity unit=m dir=up")]
    [InlineData("The pipeline runs 1,200 km to the coast.", "1,200 km", "kind=quantity unit=km value=1200")]
    [InlineData("The storm dumped 40 inches of snow.", "40 inches", "kind=quantity unit=in")]
    [InlineData("The field produces 300,000 barrels a day.", "300,000 barrels", "kind=quantity unit=bbl")]
    [InlineData("The plant will generate 1.1 GW of power.", "1.1 GW", "kind=quantity unit=GW")]
    [InlineData("The warehouse covers 1 million square feet.", "1 million square feet", "kind=quantity unit=sq+ft value=1e6")]
    [InlineData("Temperatures hit 41 degrees Celsius.", "41 degrees Celsius", "kind=quantity unit=°C")]
    [InlineData("The fire burned 5,000 hectares.", "5,000 hectares", "kind=quantity unit=ha")]
    [InlineData("The truck carried 20 tonnes of grain.", "20 tonnes", "kind=quantity unit=t")]
    [InlineData("The mine ships 3m tons of coal a year.", "3m tons", "kind=quantity unit=t value=3e6")]
    [InlineData("Winds reached 120 mph.", "120 mph", "kind=quantity unit=mph")]
    [InlineData("The bag weighs 10 pounds of rice.", "10 pounds", "kind=quantity unit=lb")]
    public void Quantities_with_units(string text, string span, string spec) => AssertFigure(text, span, spec);

    [Theory]
    [InlineData("The company was founded in 1998.")]
    [InlineData("The meeting is at 10:30 on Friday.")]
    [InlineData("She finished 3rd in the race.")]
    [InlineData("He came 22nd out of 40 runners, the 1st time he entered.", "40")]
    [InlineData("Call 555-0199 for tickets.")]
    [InlineData("Call (212) 555-0100 for tickets.")]
    [InlineData("The Boeing 737 was grounded.")]
    [InlineData("Covid-19 cases fell.")]
    [InlineData("The F-35 program is over budget.")]
    [InlineData("The Airbus A320 landed safely.")]
    [InlineData("The G7 leaders met.")]
    [InlineData("Amazon (AMZN.US) shares were flat.")]
    [InlineData("The ruling turns on Section 230 of the act.")]
    [InlineData("Windows 11 adoption is slow.")]
    [InlineData("The firm filed for Chapter 11 protection.")]
    [InlineData("The team won 3-2 on Sunday.")]
    [InlineData("The store is open 24/7.")]
    [InlineData("The office is at 1600 Pennsylvania Avenue.")]
    [InlineData("1. Buy low\n2. Sell high")]
    [InlineData("One of the drivers was hurt.")]
    [InlineData("No. 3 seed Gauff advanced.")]
    [InlineData("The #1 song this week is new.")]
    [InlineData("The 5G rollout was delayed.")]
    [InlineData("The deal runs for four years.")]
    [InlineData("Talks lasted 18 months.")]
    [InlineData("The 30-year mortgage rate fell.")]
    [InlineData("A 45-year-old man was arrested.")]
    [InlineData("He left at 3 p.m. on Monday.")]
    [InlineData("The contract expires on Oct. 1, 2026.")]
    [InlineData("The book covers the 1990s.")]
    [InlineData("Results for Q3 were strong.")]
    [InlineData("The 2026 budget was approved.")]
    [InlineData("The law took effect on 1 January 2025.")]
    [InlineData("Sales fell in the 12 months to June.")]
    [InlineData("The iPhone 16 sold well.")]
    [InlineData("He joined the firm in mid-2019.")]
    public void Not_figures(string text, params string[] allowed)
    {
        var found = Figures(text).Select(f => f.Text).ToArray();
        Assert.True(found.All(allowed.Contains), $"expected no figures in '{text}', found: {string.Join(" | ", found)}");
    }

    [Fact]
    public void Finds_every_figure_of_a_paragraph_in_order()
    {
        const string text = "The utility said it would spend $2.4 billion over five years, raise prices 3.5% and hire 600 engineers, "
                            + "after a storm cut power to about 1.2 million homes.";
        var found = Figures(text).Select(f => f.Text).ToArray();
        Assert.Equal(["$2.4 billion", "3.5%", "600", "about 1.2 million"], found);
    }

    [Fact]
    public void Offsets_point_into_the_input()
    {
        const string text = "Dividends of £1.5bn were paid.";
        var f = Assert.Single(Figures(text));
        Assert.Equal("£1.5bn", text[f.Start..f.End]);
    }

    [Fact]
    public void Amounts_written_any_way_are_read_back_exactly()
    {
        Prop.ForAll(Gen.Choose(1, 999_999).ToArbitrary(), Gen.Choose(0, 2).ToArbitrary(), (n, scale) =>
        {
            var word = scale switch { 0 => "", 1 => " million", _ => " billion" };
            var factor = scale switch { 0 => 1m, 1 => 1e6m, _ => 1e9m };
            var text = $"The fund reported ${n.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)}{word} in assets.";
            var figures = Figures(text);
            return figures.Count == 1 && figures[0].Value == n * factor && figures[0].Unit == "USD" && figures[0].Kind == FigureKind.Money;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Percentages_written_any_way_are_read_back_exactly()
    {
        Prop.ForAll(Gen.Choose(0, 9999).ToArbitrary(), n =>
        {
            var value = n / 100m;
            var text = $"Turnout reached {value.ToString(System.Globalization.CultureInfo.InvariantCulture)}% in the north.";
            var figures = Figures(text);
            return figures.Count == 1 && figures[0].Value == value && figures[0].Kind == FigureKind.Percent
                   && figures[0].Low <= value && figures[0].High >= value;
        }).QuickCheckThrowOnFailure();
    }

    /// <summary>Figures as the analyzer finds them: dates first, so "Oct. 1, 2026" is never a count.</summary>
    private static IReadOnlyList<Figure> Figures(string text) => TextAnalyzer.Analyze(text, new DateOnly(2026, 3, 18)).Figures;

    private static void AssertFigure(string text, string span, string spec)
    {
        var figures = Figures(text);
        var f = figures.FirstOrDefault(x => x.Text == span);
        Assert.True(f is not null, $"no figure '{span}' in '{text}'; found: {string.Join(" | ", figures.Select(x => x.Text))}");
        Assert.Equal(span, text[f!.Start..f.End]);
        foreach (var (key, expected) in Expect.Parse(spec))
        {
            switch (key)
            {
                case "kind": Expect.Equal(key, expected, f.Kind.ToString().ToLowerInvariant(), text); break;
                case "value": Expect.Equal(key, expected, f.Value, text); break;
                case "max": Expect.Equal(key, expected, f.ValueMax, text); break;
                case "unit": Expect.Equal(key, expected, f.Unit, text); break;
                case "q": Expect.Equal(key, expected, f.Qualifier switch { Qualifier.AtLeast => "atLeast", Qualifier.AtMost => "atMost", var q => q.ToString().ToLowerInvariant() }, text); break;
                case "dir": Expect.Equal(key, expected, f.Direction?.ToString().ToLowerInvariant(), text); break;
                case "low": Expect.Equal(key, expected, f.Low, text); break;
                case "high": Expect.Equal(key, expected, f.High, text); break;
                case "counted": Expect.Equal(key, expected, f.Counted, text); break;
                case "magnitude": Expect.Equal(key, expected, f.Magnitude, text); break;
                default: Assert.Fail($"unknown key {key}"); break;
            }
        }
    }
}

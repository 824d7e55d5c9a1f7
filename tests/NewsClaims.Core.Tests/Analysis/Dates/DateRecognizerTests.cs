using NewsClaims.Core.Analysis;
using NewsClaims.Core.Analysis.Dates;

namespace NewsClaims.Core.Tests.Analysis.Dates;

/// <summary>The date recogniser, one table per phenomenon; all texts are published on Wednesday 18 March 2026.</summary>
public class DateRecognizerTests
{
    private static readonly DateOnly Published = new(2026, 3, 18);

    [Theory]
    [InlineData("The contract runs until 1 October 2026.", "1 October 2026", "type=DATE value=2026-10-01 gran=day start=2026-10-01 end=2026-10-01")]
    [InlineData("The contract expires on Oct. 1, 2026.", "Oct. 1, 2026", "value=2026-10-01")]
    [InlineData("The contract expires on October 1, 2026, officials said.", "October 1, 2026", "value=2026-10-01")]
    [InlineData("Filings are due 2026-10-01 at the latest.", "2026-10-01", "value=2026-10-01 gran=day")]
    [InlineData("The notice was dated 12/04/2025.", "12/04/2025", "value=2025-12-04")]
    [InlineData("The notice was dated 25/04/2025.", "25/04/2025", "value=2025-04-25")]
    [InlineData("The vote took place on 4th December 2025.", "4th December 2025", "value=2025-12-04")]
    [InlineData("The law passed on the 4th of December, 2025.", "the 4th of December, 2025", "value=2025-12-04")]
    [InlineData("Sales began on Sept. 30, 2025.", "Sept. 30, 2025", "value=2025-09-30")]
    [InlineData("The plant opened on Jan 5, 2024.", "Jan 5, 2024", "value=2024-01-05")]
    [InlineData("Payments resume on June 1st, 2026.", "June 1st, 2026", "value=2026-06-01")]
    [InlineData("The stamps go on sale on Tuesday, Feb. 3, 2026.", "Tuesday, Feb. 3, 2026", "value=2026-02-03")]
    [InlineData("The index launched 2025-11.", "2025-11", "value=2025-11 gran=month")]
    [InlineData("The deadline of Feb. 29, 2024 passed.", "Feb. 29, 2024", "value=2024-02-29")]
    [InlineData("The bill was signed 7/4/1976.", "7/4/1976", "value=1976-07-04")]
    public void Absolute_dates(string text, string span, string spec) => AssertDate(text, span, spec);

    [Fact]
    public void Day_first_outlets_read_numeric_dates_day_first()
    {
        var d = Assert.Single(DateRecognizer.Find("The notice was dated 12/04/2025.", Published, dayFirst: true));
        Assert.Equal("2025-04-12", d.Value);
    }

    [Theory]
    [InlineData("The board met on Dec. 4 to discuss it.", "Dec. 4", "value=2025-12-04")]
    [InlineData("The two chiefs met on Friday, Nov. 14, but talks stalled.", "Friday, Nov. 14", "value=2025-11-14")]
    [InlineData("The board will meet on April 2.", "April 2", "value=2026-04-02")]
    [InlineData("The rules took effect March 1.", "March 1", "value=2026-03-01")]
    [InlineData("The chief executive met staff in November 2025.", "November 2025", "value=2025-11 gran=month start=2025-11-01 end=2025-11-30")]
    [InlineData("Talks began in February 2025.", "February 2025", "value=2025-02 start=2025-02-01 end=2025-02-28")]
    [InlineData("The company was founded in 2013.", "2013", "value=2013 gran=year start=2013-01-01 end=2013-12-31")]
    [InlineData("Revenue grew in 2025 by a fifth.", "2025", "value=2025")]
    [InlineData("The stamps went on sale in January.", "January", "value=2026-01 gran=month")]
    [InlineData("Hearings will resume in May.", "May", "value=2026-05")]
    [InlineData("The mine closed in October.", "October", "value=2025-10")]
    [InlineData("The audit covers October of 2024.", "October of 2024", "value=2024-10")]
    [InlineData("The fair returns in August.", "August", "value=2026-08")]
    [InlineData("The court ruled on 3 March.", "3 March", "value=2026-03-03")]
    [InlineData("Shares slid on Dec. 31.", "Dec. 31", "value=2025-12-31")]
    [InlineData("The final hearing will be held on Dec. 4.", "Dec. 4", "value=2026-12-04")]
    [InlineData("The accord is expected to be signed in November.", "November", "value=2026-11")]
    [InlineData("Output was cut in June last year.", "June last year", "value=2025-06 gran=month")]
    [InlineData("The line reopens in April next year.", "April next year", "value=2027-04")]
    [InlineData("The chairman retired, effective June 1.", "June 1", "value=2026-06-01")]
    [InlineData("The council outlined the plan Jan. 6.", "Jan. 6", "value=2026-01-06")]
    [InlineData("Orders climbed in the second quarter.", "the second quarter", "value=2025-Q2")]
    [InlineData("Net sales for this year's third quarter were $14 million.", "this year's third quarter", "value=2026-Q3 gran=quarter")]
    [InlineData("Margins should recover in next year's first half.", "next year's first half", "value=2027-H1")]
    public void Partial_dates(string text, string span, string spec) => AssertDate(text, span, spec);

    [Theory]
    [InlineData("The two chiefs met on Thursday.", "Thursday", "value=2026-03-12")]
    [InlineData("The chiefs will meet on Thursday.", "Thursday", "value=2026-03-19")]
    [InlineData("The union said Monday it had accepted.", "Monday", "value=2026-03-16")]
    [InlineData("The vote is expected on Friday.", "Friday", "value=2026-03-20")]
    [InlineData("Markets fell sharply on Wednesday.", "Wednesday", "value=2026-03-18")]
    [InlineData("The firm reported results Tuesday.", "Tuesday", "value=2026-03-17")]
    [InlineData("Police said the suspect was arrested Sunday.", "Sunday", "value=2026-03-15")]
    [InlineData("Twenty people were hurt in the blast next to the station on Friday.", "Friday", "value=2026-03-13")]
    [InlineData("Flights were cancelled due to the strike on Friday.", "Friday", "value=2026-03-13")]
    [InlineData("The team was ready to fly home as soon as Tuesday, officials said.", "Tuesday", "value=2026-03-24")]
    [InlineData("Residents were planning a march on Saturday.", "Saturday", "value=2026-03-21")]
    [InlineData("Talks resume next Monday.", "next Monday", "value=2026-03-23")]
    [InlineData("The deal closed last Friday.", "last Friday", "value=2026-03-13")]
    [InlineData("The plant shut on Friday morning.", "Friday morning", "type=TIME value=2026-03-13TMO")]
    [InlineData("The tanker sank Saturday night.", "Saturday night", "type=TIME value=2026-03-14TNI")]
    public void Weekdays_follow_the_tense(string text, string span, string spec) => AssertDate(text, span, spec);

    [Theory]
    [InlineData("The agency said yesterday it would appeal.", "yesterday", "value=2026-03-17 gran=day")]
    [InlineData("The index opened higher today.", "today", "value=2026-03-18")]
    [InlineData("The results are due tomorrow.", "tomorrow", "value=2026-03-19")]
    [InlineData("Prices jumped last week.", "last week", "value=2026-W11 gran=week start=2026-03-09 end=2026-03-15")]
    [InlineData("The minister travels next week.", "next week", "value=2026-W13 start=2026-03-23 end=2026-03-29")]
    [InlineData("Sales slowed this week.", "this week", "value=2026-W12")]
    [InlineData("The vote comes next month.", "next month", "value=2026-04 gran=month start=2026-04-01 end=2026-04-30")]
    [InlineData("The bank cut rates last month.", "last month", "value=2026-02")]
    [InlineData("Profits rose this year.", "this year", "value=2026 gran=year")]
    [InlineData("Profits fell last year.", "last year", "value=2025")]
    [InlineData("The plant opens next year.", "next year", "value=2027")]
    [InlineData("The firm said two days ago that it would sell.", "two days ago", "value=2026-03-16")]
    [InlineData("Zhang Wei · 1d ago", "1d ago", "value=2026-03-17")]
    [InlineData("Reporter · 3h ago", "3h ago", "value=2026-03-18")]
    [InlineData("The bridge opened three weeks ago.", "three weeks ago", "value=2026-W09 gran=week start=2026-02-23 end=2026-03-01")]
    [InlineData("The bridge opened a year ago.", "a year ago", "value=2025 gran=year")]
    [InlineData("The bridge opened six months ago.", "six months ago", "value=2025-09")]
    [InlineData("The company is currently reviewing bids.", "currently", "value=PRESENT_REF gran=reference start=2026-03-18")]
    [InlineData("The union now represents 4,000 staff.", "now", "value=PRESENT_REF")]
    [InlineData("Officials recently approved the plan.", "recently", "value=PAST_REF start=-")]
    [InlineData("Rates may rise in the future.", "the future", "value=FUTURE_REF")]
    [InlineData("Such deals were rare in the past.", "the past", "value=PAST_REF")]
    [InlineData("The agency met earlier this week.", "earlier this week", "value=2026-W12")]
    [InlineData("The firm will report later this month.", "later this month", "value=2026-03")]
    [InlineData("The gap widened this quarter.", "this quarter", "value=2026-Q1 gran=quarter")]
    [InlineData("Output slowed last quarter.", "last quarter", "value=2025-Q4 start=2025-10-01 end=2025-12-31")]
    [InlineData("Protests spread this weekend.", "this weekend", "value=2026-W12-WE")]
    [InlineData("The league resumes this summer.", "this summer", "value=2026-SU gran=season")]
    [InlineData("Prices dipped last winter.", "last winter", "value=2025-WI start=2025-12-01 end=2026-02-28")]
    [InlineData("The shop was busy this morning.", "this morning", "type=TIME value=2026-03-18TMO")]
    [InlineData("The storm hit last night.", "last night", "type=TIME value=2026-03-17TNI")]
    [InlineData("The match is tonight.", "tonight", "type=TIME value=2026-03-18TNI")]
    [InlineData("The plant will restart two weeks from now.", "two weeks from now", "value=2026-W14")]
    [InlineData("The deal closed a year earlier.", "a year earlier", "value=2025")]
    [InlineData("Demand has slowed in recent years.", "recent years", "type=DURATION value=PXY")]
    [InlineData("Ferries were cancelled over the weekend.", "the weekend", "value=2026-W11-WE gran=week start=2026-03-14 end=2026-03-15")]
    [InlineData("Crews will finish the work over the weekend.", "the weekend", "value=2026-W12-WE start=2026-03-21 end=2026-03-22")]
    [InlineData("Brokers trimmed positions in recent weeks.", "recent weeks", "type=DURATION value=PXW")]
    [InlineData("The nineties were kind to the port.", "The nineties", "value=199 gran=decade")]
    [InlineData("She moved to Lisbon in May 2019 and opened a bakery later that year.", "later that year", "value=2019 gran=year")]
    [InlineData("Sales in the current fiscal year should top $2 billion.", "the current fiscal year", "value=2026 gran=year")]
    [InlineData("Funds may sell bonds in the weeks ahead.", "the weeks ahead", "type=DURATION value=PXW")]
    [InlineData("Crews repaved the road last fall.", "last fall", "value=2025-FA")]
    [InlineData("Snow closed the pass this past winter.", "this past winter", "value=2025-WI")]
    [InlineData("The pool reopens next spring.", "next spring", "value=2027-SP")]
    [InlineData("Talks resume the week of April 6.", "the week of April 6", "value=2026-W15 gran=week")]
    public void Relative_dates(string text, string span, string spec) => AssertDate(text, span, spec);

    [Theory]
    [InlineData("The agency plans an auction in early 2026.", "early 2026", "value=2026 mod=START start=2026-01-01 end=2026-04-30")]
    [InlineData("The line should open by mid-2026.", "mid-2026", "value=2026 mod=MID start=2026-05-01 end=2026-08-31")]
    [InlineData("The merger was agreed late last year.", "late last year", "value=2025 mod=END start=2025-09-01 end=2025-12-31")]
    [InlineData("The firm could leave by the end of 2026.", "the end of 2026", "value=2026 mod=END start=2026-10-01 end=2026-12-31")]
    [InlineData("Work starts at the beginning of 2027.", "the beginning of 2027", "mod=START start=2027-01-01 end=2027-03-31")]
    [InlineData("Sales rose in the first quarter.", "the first quarter", "value=2026-Q1 gran=quarter start=2026-01-01 end=2026-03-31")]
    [InlineData("The results for Q3 will be published in the autumn.", "Q3", "value=2026-Q3")]
    [InlineData("Costs jumped in Q4 2025.", "Q4 2025", "value=2025-Q4 start=2025-10-01 end=2025-12-31")]
    [InlineData("Third-quarter profit fell.", "Third-quarter", "value=2025-Q3")]
    [InlineData("Losses narrowed in the fourth quarter of 2025.", "the fourth quarter of 2025", "value=2025-Q4")]
    [InlineData("Orders rose in the first half of 2025.", "the first half of 2025", "value=2025-H1 gran=half start=2025-01-01 end=2025-06-30")]
    [InlineData("Results improved in H2 2025.", "H2 2025", "value=2025-H2")]
    [InlineData("Retailers hired for the holiday season.", "the holiday season", "value=2025-11-20/2025-12-31 gran=season")]
    [InlineData("Shoppers spent more during the 2025 holiday season.", "the 2025 holiday season", "start=2025-11-20 end=2025-12-31")]
    [InlineData("Air travel boomed in the 2010s.", "the 2010s", "value=201 gran=decade start=2010-01-01 end=2019-12-31")]
    [InlineData("The band peaked in the '90s.", "the '90s", "value=199")]
    [InlineData("The empire collapsed in the 20th century.", "the 20th century", "value=19 gran=century start=1900-01-01 end=1999-12-31")]
    [InlineData("The ferry sails in spring 2027.", "spring 2027", "value=2027-SP start=2027-03-01 end=2027-05-31")]
    [InlineData("The canal froze in the winter of 2024.", "the winter of 2024", "value=2024-WI")]
    [InlineData("Rates climbed in mid-November.", "mid-November", "value=2025-11 mod=MID start=2025-11-11 end=2025-11-20")]
    [InlineData("Sales collapsed in fiscal 2025.", "fiscal 2025", "value=2025")]
    [InlineData("The budget for 2025-26 was cut.", "2025-26", "value=2025")]
    [InlineData("Hiring slowed in late 2025.", "late 2025", "mod=END start=2025-09-01 end=2025-12-31")]
    [InlineData("Output rose in the second half of next year.", "the second half of next year", "value=2027-H2")]
    [InlineData("The rollout ends by the end of the year.", "the end of the year", "mod=END")]
    [InlineData("The sale should close by year-end.", "year-end", "value=2026 mod=END gran=year")]
    [InlineData("The index has lost 4% since year end.", "year end", "value=2025 mod=END")]
    [InlineData("Rules must be in place by year's end.", "year's end", "value=2026 mod=END")]
    [InlineData("Delays may last well into the summer.", "the summer", "value=2026-SU")]
    public void Fuzzy_periods(string text, string span, string spec) => AssertDate(text, span, spec);

    [Theory]
    [InlineData("The deal ended a year of talks.", "a year", "type=DURATION value=P1Y start=-")]
    [InlineData("Amazon sought a four-year extension.", "four-year", "type=DURATION value=P4Y")]
    [InlineData("Amazon sought a four year extension.", "four year", "type=DURATION value=P4Y")]
    [InlineData("The strike lasted 18 months.", "18 months", "type=DURATION value=P18M")]
    [InlineData("The outage lasted nearly two years.", "nearly two years", "type=DURATION value=P2Y mod=APPROX")]
    [InlineData("The fire burned for more than four hours.", "more than four hours", "type=DURATION value=PT4H mod=MORE_THAN")]
    [InlineData("The trial ran for three weeks.", "three weeks", "value=P3W")]
    [InlineData("The review takes 90 days.", "90 days", "value=P90D")]
    [InlineData("The ban lasts half an hour.", "half an hour", "value=PT30M")]
    [InlineData("Rates rose over the past five years.", "the past five years", "type=DURATION value=P5Y")]
    [InlineData("The plan covers the next three quarters.", "the next three quarters", "type=DURATION value=P3Q")]
    [InlineData("Sales fell in the first nine months.", "the first nine months", "value=P9M")]
    [InlineData("The bonds carry a 30-year term.", "30-year", "value=P30Y")]
    [InlineData("Negotiations have dragged on for years.", "years", "value=PXY")]
    [InlineData("The review will take several weeks.", "several weeks", "value=PXW")]
    [InlineData("The war lasted two decades.", "two decades", "value=P20Y")]
    [InlineData("The pilot lasted a year and a half.", "a year and a half", "value=P18M")]
    [InlineData("The run lasted 2.5 hours.", "2.5 hours", "value=PT150M")]
    [InlineData("The stock hit a 52-week high.", "52-week", "value=P52W")]
    [InlineData("The lease lasts a few minutes.", "a few minutes", "value=PTXM")]
    [InlineData("Talks will need two more weeks.", "two more weeks", "type=DURATION value=P2W")]
    [InlineData("The lease runs for an additional year.", "an additional year", "value=P1Y")]
    [InlineData("Shares fell for eight trading days.", "eight trading days", "value=P8D")]
    [InlineData("Prices may climb over the next couple of years.", "the next couple of years", "value=P2Y")]
    public void Durations_are_not_dates(string text, string span, string spec) => AssertDate(text, span, spec);

    [Theory]
    [InlineData("The board meets every year.", "every year", "type=SET value=P1Y")]
    [InlineData("The data is published daily.", "daily", "type=SET value=P1D")]
    [InlineData("The club meets each Thursday.", "each Thursday", "type=SET value=XXXX-WXX-4")]
    [InlineData("Fees are reviewed annually.", "annually", "type=SET value=P1Y")]
    [InlineData("The fund pays $5 million a year.", "a year", "type=SET value=P1Y")]
    [InlineData("The committee meets twice a month.", "a month", "type=SET value=P1M")]
    [InlineData("The report appears weekly.", "weekly", "type=SET value=P1W")]
    [InlineData("The fair opens every July.", "every July", "type=SET value=XXXX-07")]
    [InlineData("The library closes on Mondays.", "Mondays", "type=SET value=XXXX-WXX-1")]
    [InlineData("The choir rehearses Tuesday nights.", "Tuesday nights", "type=SET value=XXXX-WXX-2TNI")]
    public void Sets(string text, string span, string spec) => AssertDate(text, span, spec);

    [Theory]
    [InlineData("The market closes at 4 p.m.", "4 p.m.", "type=TIME value=2026-03-18T16:00")]
    [InlineData("The launch is set for 10:30 a.m. ET.", "10:30 a.m. ET", "value=2026-03-18T10:30")]
    [InlineData("The vote ended at 11pm.", "11pm", "value=2026-03-18T23:00")]
    [InlineData("Polls close at 22:00.", "22:00", "value=2026-03-18T22:00")]
    [InlineData("The blast came shortly after noon.", "noon", "value=2026-03-18T12:00")]
    [InlineData("The curfew starts at midnight Friday.", "midnight Friday", "value=2026-03-20T24:00")]
    [InlineData("Trading halted at 2:15 p.m. on Monday.", "2:15 p.m. on Monday", "value=2026-03-16T14:15")]
    [InlineData("The ship docked on Dec. 4 at 6 a.m.", "Dec. 4 at 6 a.m.", "value=2025-12-04T06:00")]
    [InlineData("The meeting began at 9 o'clock.", "9 o'clock", "value=2026-03-18T09:00")]
    [InlineData("The blackout began yesterday afternoon.", "yesterday afternoon", "value=2026-03-17TAF")]
    public void Times_of_day(string text, string span, string spec) => AssertDate(text, span, spec);

    [Theory]
    [InlineData("Stores opened early on Black Friday 2025.", "Black Friday 2025", "type=DATE value=2025-11-28 gran=day")]
    [InlineData("The parade will be held on Thanksgiving Day.", "Thanksgiving Day", "value=2026-11-26")]
    [InlineData("Road traffic peaked last Thanksgiving.", "last Thanksgiving", "value=2025-11-27")]
    [InlineData("The ferry stopped running on Christmas Day.", "Christmas Day", "value=2025-12-25")]
    [InlineData("Trains ran all night on New Year's Eve.", "New Year's Eve", "value=2025-12-31")]
    [InlineData("The shop shuts for Easter.", "Easter", "value=2026-04-05")]
    [InlineData("The lido reopens after Memorial Day.", "Memorial Day", "value=2026-05-25")]
    [InlineData("The strike began on Labor Day, 2025.", "Labor Day, 2025", "value=2025-09-01")]
    [InlineData("Parking is free until Christmas.", "Christmas", "value=2026-12-25")]
    public void Holidays_on_one_day(string text, string span, string spec) => AssertDate(text, span, spec);

    [Theory]
    [InlineData("The mill closed in nineteen eighty-two.", "nineteen eighty-two", "type=DATE value=1982 gran=year start=1982-01-01 end=1982-12-31")]
    [InlineData("The levee broke in January nineteen twenty-seven.", "January nineteen twenty-seven", "value=1927-01 gran=month")]
    [InlineData("Snow closed the pass in the winter of nineteen seventy-eight.", "the winter of nineteen seventy-eight", "value=1978-WI")]
    [InlineData("Planners set targets for the year two thousand.", "the year two thousand", "value=2000 gran=year")]
    [InlineData("The charter was renewed in March two thousand and four.", "March two thousand and four", "value=2004-03")]
    [InlineData("The branch line shut in nineteen hundred.", "nineteen hundred", "value=1900")]
    [InlineData("The stadium opened in twenty twelve.", "twenty twelve", "value=2012")]
    [InlineData("Interest rates peaked in the year 1981.", "the year 1981", "value=1981")]
    public void Years_said_in_words(string text, string span, string spec) => AssertDate(text, span, spec);

    [Theory]
    [InlineData("The firm employs 2,000 workers.")]
    [InlineData("Twenty twelve joined the club.")]
    [InlineData("The island imports about three-quarters of its fuel.")]
    [InlineData("Funds hold more than a quarter of the market.")]
    [InlineData("Police watched this march closely.")]
    [InlineData("Stock prices hit record highs that year, brokers recalled.")]
    [InlineData("The year-end rally faded.")]
    [InlineData("The crowd grew by two thousand.")]
    [InlineData("Nineteen twenty-seat buses were ordered.")]
    [InlineData("Easter Island drew more visitors.")]
    [InlineData("Christmas trees sold out early.")]
    [InlineData("The Communist Party daily Granma criticised the plan.")]
    [InlineData("The fund lost $2025 million.")]
    [InlineData("The score was 3-2 at half time.")]
    [InlineData("She may resign, aides said.")]
    [InlineData("Protesters will march through the city.")]
    [InlineData("The price fell 15% on the news.")]
    [InlineData("The future of the agency is unclear.")]
    [InlineData("Holiday season bottlenecks slowed deliveries.")]
    [InlineData("Spring water prices rose.")]
    [InlineData("The company was the second to report.")]
    [InlineData("Winds reached 2000 kilometres per hour on the model.")]
    [InlineData("The chief executive said he would sun himself in Nice.")]
    public void Not_dates(string text)
    {
        var found = DateRecognizer.Find(text, Published);
        Assert.True(found.Count == 0, $"expected no dates in '{text}', found: {string.Join(" | ", found.Select(d => d.Text))}");
    }

    [Theory]
    [InlineData("Profit rose 12% in the fourth quarter of 2025. Sales in the quarter reached $4 billion.", "the quarter", "value=2025-Q4 gran=quarter start=2025-10-01 end=2025-12-31")]
    [InlineData("Net income in the third quarter of 2025 was $80 million, up from $61 million a year earlier.", "a year earlier", "value=2024-Q3 start=2024-07-01")]
    [InlineData("Third-quarter 2025 revenue was $2 billion. Revenue a year ago was $1.8 billion.", "a year ago", "value=2024-Q3")]
    [InlineData("Revenue in the third quarter of 2025 beat the year-ago quarter by 9%.", "the year-ago quarter", "value=2024-Q3")]
    [InlineData("Orders in Q2 2025 rose 4% from the year-earlier period.", "the year-earlier period", "value=2024-Q2")]
    [InlineData("Margins narrowed from the year-earlier period.", "the year-earlier period", "value=2025 gran=year")]
    [InlineData("The shop opened a year ago.", "a year ago", "value=2025 gran=year")]
    [InlineData("Net income for the year ended June 30 was $3 million.", "the year", "type=DURATION value=P1Y start=-")]
    [InlineData("Revenue in the fiscal year ending in March rose 8%.", "the fiscal year", "type=DURATION value=P1Y")]
    [InlineData("The shares hit a high for the year in February.", "the year", "type=DATE value=2026 gran=year")]
    [InlineData("Profit rose in the second quarter of 2025. Sales in the latest period reached $3 billion.", "the latest period", "value=2025-Q2")]
    [InlineData("Sales in the latest period reached $3 billion.", "the latest period", "value=2025-Q4")]
    [InlineData("Sales fell in the quarter.", "the quarter", "value=2025-Q4")]
    [InlineData("Profit rose in the third quarter of 2025. It expects a loss in the first quarter. It paid more tax during the quarter.", "the quarter", "value=2025-Q4")]
    public void Earnings_reports_refer_back_to_the_quarter_they_named(string text, string span, string spec) => AssertDate(text, span, spec);

    [Fact]
    public void Finds_every_date_of_a_paragraph_in_order()
    {
        const string text = "The carrier met the agency on Friday, Nov. 14, and plans to leave by the end of 2026, "
                            + "after a year of talks that began in February 2025.";
        var found = DateRecognizer.Find(text, Published).Select(d => d.Text).ToArray();
        Assert.Equal(["Friday, Nov. 14", "the end of 2026", "a year", "February 2025"], found);
    }

    [Fact]
    public void Dates_are_kept_out_of_the_figures()
    {
        var analysis = TextAnalyzer.Analyze("The deal, signed on Oct. 1, 2026, covers 400 trucks for four years.", Published);
        Assert.Equal(["Oct. 1, 2026", "four years"], analysis.Dates.Select(d => d.Text));
        Assert.Equal(["400"], analysis.Figures.Select(f => f.Text));
    }

    private static void AssertDate(string text, string span, string spec)
    {
        var dates = DateRecognizer.Find(text, Published);
        var d = dates.FirstOrDefault(x => x.Text == span);
        Assert.True(d is not null, $"no date '{span}' in '{text}'; found: {string.Join(" | ", dates.Select(x => $"{x.Text}={x.Value}"))}");
        Assert.Equal(span, text[d!.Start..d.End]);
        foreach (var (key, expected) in Expect.Parse(spec))
        {
            switch (key)
            {
                case "type": Expect.Equal(key, expected, d.Type.ToString().ToUpperInvariant(), text); break;
                case "value": Expect.Equal(key, expected, d.Value, text); break;
                case "gran": Expect.Equal(key, expected, d.Granularity.ToString().ToLowerInvariant(), text); break;
                case "mod": Expect.Equal(key, expected, d.Mod, text); break;
                case "start": Expect.Equal(key, expected, d.StartDate?.ToString("yyyy-MM-dd"), text); break;
                case "end": Expect.Equal(key, expected, d.EndDate?.ToString("yyyy-MM-dd"), text); break;
                default: Assert.Fail($"unknown key {key}"); break;
            }
        }
    }
}

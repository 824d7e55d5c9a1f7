using NewsClaims.Core.Extraction.Content;

namespace NewsClaims.Core.Tests.Extraction;

/// <summary>Lines that are page furniture wherever they sit, and article lines that only look like them.</summary>
public sealed class BoilerplateLinesTests
{
    [Theory]
    [InlineData("Share Article")]
    [InlineData("Sign in")]
    [InlineData("Privacy Policy")]
    [InlineData("Back to blog")]
    [InlineData("You might also like...")]
    [InlineData("Recommended Stories")]
    [InlineData("Recent posts:")]
    [InlineData("More in Transport")]
    [InlineData("Table of Contents")]
    [InlineData("PIN FOR LATER")]
    [InlineData("Add Harbour Times as a preferred source on Google to see more of our reporting")]
    [InlineData("As an affiliate we earn from qualifying purchases made through links on this page.")]
    [InlineData("Summarize with AI:")]
    [InlineData("Harbour Desk | 5 min read")]
    [InlineData("6 minute read time")]
    [InlineData("Join our newsletter for weekly ferry news")]
    [InlineData("Want more from Harbour Times? Sign up for our newsletter, The Crossing, and never miss a sailing.")]
    [InlineData("View on Amazon Links to Amazon.com")]
    [InlineData("Check Price at Harbour Outfitters")]
    [InlineData("Read The Review")]
    [InlineData("View all posts by Marta Lind")]
    [InlineData("Thank you! Please check your inbox now for your welcome email.")]
    [InlineData("SHARE YOUR STORY")]
    [InlineData("Enjoyed this piece? We need your help to keep publishing.")]
    [InlineData("This story is funded by readers like you")]
    [InlineData("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat.")]
    [InlineData("Request a free consultation today")]
    [InlineData("Book a demo")]
    [InlineData("5 hours ago")]
    [InlineData("Written by Marta Lind")]
    [InlineData("Fact checked by Owen Pryce, Senior Editor")]
    [InlineData("Trending on Harbour Times")]
    [InlineData("Topics")]
    [InlineData("By signing up, you agree to receive recurring text messages from Harbour Times Deals at the number provided. Message and data rates may apply. Reply STOP to cancel at any time; see our terms and privacy policy for details of how we use your number.")]
    [InlineData("Marta Lind/Getty Images")]
    [InlineData("(AP Photo/Owen Pryce)")]
    [InlineData("Photo: Marta Lind for Reuters")]
    [InlineData("Harbour Board via Getty Images")]
    [InlineData("Shutterstock")]
    public void Site_links_calls_to_action_and_reading_times_are_furniture(string line) =>
        Assert.True(BoilerplateLines.IsBoilerplate(line), line);

    [Theory]
    [InlineData("Residents can register for the new ferry pass at the harbour office from Monday.")]
    [InlineData("Contact us, the operator told passengers, if a sailing is cancelled without notice.")]
    [InlineData("The council said popular articles of clothing left on the ferries would be donated.")]
    [InlineData("Most read their tickets on their phones, the survey found.")]
    [InlineData("Buy at the harbour kiosk, the operator advised, as the app was down.")]
    [InlineData("Residents were told to subscribe to the harbour newsletter for timetable changes.")]
    [InlineData("Contents of the lost-property office were auctioned in October.")]
    [InlineData("Written by hand in 1921, the ferry log survives in the harbour museum.")]
    [InlineData("By signing the pact, the two ports agreed to share their pilots through the winter.")]
    [InlineData("Trending upward since spring, ferry bookings reached 4,200 a week in October.")]
    [InlineData("Shutterstock expands its licensing deal with two harbour photographers")]
    [InlineData("The ferry operator told Reuters")]
    public void Article_sentences_that_share_their_words_are_kept(string line) =>
        Assert.False(BoilerplateLines.IsBoilerplate(line), line);
}

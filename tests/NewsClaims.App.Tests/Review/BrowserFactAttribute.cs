namespace NewsClaims.App.Tests.Review;

/// <summary>A test that drives Debian's Chromium. CI installs it (`.ci/run`) and there the test always runs; on a machine without
/// it the test is reported as skipped with the command that installs it, never silently passed.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public const string Chromium = "/usr/bin/chromium";

    public BrowserFactAttribute()
    {
        if (!File.Exists(Chromium) && Environment.GetEnvironmentVariable("CI") != "true")
            Skip = $"needs Chromium at {Chromium} (Debian: apt-get install -y chromium; .ci/run installs it)";
    }
}

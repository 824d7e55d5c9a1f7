using System.CommandLine;
using NewsClaims.App.Commands;

var root = new RootCommand("""
    NewsClaims: polls the news outlets in feeds.json, keeps every article in a SQLite store, and (as it grows)
    extracts the claims they make and flags where outlets disagree.

    Start with `newsclaims run --once --feeds samples/feeds.json` to see it work offline.
    """)
{
    RunCommand.Create(),
    IngestCommand.Create(),
    StatusCommand.Create(),
};
return await root.Parse(args).InvokeAsync();

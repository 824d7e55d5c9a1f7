using System.CommandLine;
using NewsClaims.Storage.Claims;

namespace NewsClaims.App.Commands;

/// <summary><c>newsclaims search</c>: full-text search over article text and claims' sentences.</summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("query") { Description = "The words to find (all of them); \"quoted words\" must stand together" };
        var limit = new Option<int>("--limit") { Description = "At most this many results", DefaultValueFactory = _ => 20, HelpName = "N" };
        var format = QueryOutput.Format();
        var db = CommonOptions.Db();
        var command = new Command("search", """
            Search article titles and text, and the sentences claims were taken from (SQLite FTS5, diacritics ignored), best
            matches first. Each result is an article or a claim's sentence, with its outlet, date and a snippet, matches in [ ].
            Example: newsclaims search "reverse auction"
            """)
        {
            query, limit, format, db,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(limit) < 1)
                return CommonOptions.Error("search: --limit must be at least 1", CommonOptions.ExitConfig);
            var database = CommonOptions.OpenExisting(parse.GetValue(db), out var code);
            if (database is null)
                return code;
            IReadOnlyList<SearchHit> hits;
            try
            {
                hits = new SearchStore(database).Search(parse.GetValue(query)!, parse.GetValue(limit));
            }
            catch (ClaimQueryException e)
            {
                return CommonOptions.Error($"search: {e.Message}", CommonOptions.ExitConfig);
            }
            QueryOutput.Write(Console.Out, parse.GetValue(format)!, ["KIND", "ARTICLE", "CLAIM", "OUTLET", "PUBLISHED", "TITLE", "SNIPPET"],
                hits.Select(h => new object?[]
                {
                    h.Kind, h.ArticleId, h.ClaimId, h.Outlet, h.Published, h.Title,
                    h.Snippet.Replace(SearchStore.MatchStart, '[').Replace(SearchStore.MatchEnd, ']'),
                }));
            if (hits.Count == 0 && parse.GetValue(format) == "table")
                Console.Error.WriteLine("Nothing found.");
            return 0;
        });
        return command;
    }
}

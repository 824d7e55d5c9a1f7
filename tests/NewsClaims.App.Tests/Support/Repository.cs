namespace NewsClaims.App.Tests.Support;

/// <summary>Where the repository and the shared development data beside it are, from the test binaries' folder.</summary>
internal static class Repository
{
    public static string Root { get; } = Find();

    /// <summary>../shared beside the repository (present in CI and on developers' machines).</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsClaims.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("repository root not found");
    }
}

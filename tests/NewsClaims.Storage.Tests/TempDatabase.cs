namespace NewsClaims.Storage.Tests;

/// <summary>A real SQLite file in a fresh temporary folder, removed afterwards.</summary>
public sealed class TempDatabase : IDisposable
{
    public TempDatabase()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("newsclaims-test-").FullName;
        Path = System.IO.Path.Combine(Directory, "test.db");
        Database = Database.Open(Path);
    }

    public string Directory { get; }
    public string Path { get; }
    public Database Database { get; }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

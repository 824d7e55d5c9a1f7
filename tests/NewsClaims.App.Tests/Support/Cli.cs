using System.Diagnostics;

namespace NewsClaims.App.Tests.Support;

/// <summary>Runs the real newsclaims executable as a separate process, as a user would.</summary>
public static class Cli
{
    /// <summary>The app from its own build output (same configuration as the tests), with its own dependencies beside it.</summary>
    public static string Dll { get; } = FindDll();

    private static string FindDll()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var root = Repository.Root;
        var path = Path.Combine(root, "src", "NewsClaims.App", "bin", configuration, "net10.0", "newsclaims.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("build src/NewsClaims.App first", path);
    }

    public static Process Start(string workingDirectory, params string[] args) => Start(workingDirectory, false, args);

    private static Process Start(string workingDirectory, bool input, string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = input,
        };
        info.ArgumentList.Add(Dll);
        foreach (var a in args)
            info.ArgumentList.Add(a);
        info.Environment.Remove("NEWSCLAIMS_DB");
        info.Environment.Remove("NEWSCLAIMS_FEEDS");
        return Process.Start(info)!;
    }

    public static Task<(int Exit, string Out, string Err)> RunAsync(string workingDirectory, params string[] args) =>
        RunAsync(workingDirectory, null, args);

    /// <summary>Runs the app with <paramref name="stdin"/> written to its standard input (then closed).</summary>
    public static async Task<(int Exit, string Out, string Err)> RunWithInputAsync(string workingDirectory, string stdin, params string[] args) =>
        await RunAsync(workingDirectory, stdin, args);

    private static async Task<(int Exit, string Out, string Err)> RunAsync(string workingDirectory, string? stdin, string[] args)
    {
        using var process = Start(workingDirectory, stdin is not null, args);
        if (stdin is not null)
        {
            await process.StandardInput.WriteAsync(stdin);
            process.StandardInput.Close();
        }
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }
}

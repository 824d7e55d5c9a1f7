using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NewsClaims.App.Tests.Support;

/// <summary>A real Kestrel server on 127.0.0.1 with a random port, serving whatever each test maps, and logging every request.</summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Func<HttpContext, Task>> _routes = new(StringComparer.Ordinal);

    private LoopbackServer(WebApplication app) => _app = app;

    public ConcurrentQueue<ServedRequest> Requests { get; } = new();

    public string BaseUrl { get; private set; } = "";

    public static async Task<LoopbackServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new LoopbackServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        server.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        return server;
    }

    public string Url(string path) => BaseUrl + path;

    /// <summary>Serves <paramref name="handler"/> at a path (with its query, if any, e.g. "/a?x=1" is matched on "/a").</summary>
    public LoopbackServer Map(string path, Func<HttpContext, Task> handler)
    {
        _routes[path] = handler;
        return this;
    }

    public LoopbackServer MapText(string path, string body, string contentType = "text/html; charset=utf-8") =>
        Map(path, ctx =>
        {
            ctx.Response.ContentType = contentType;
            return ctx.Response.WriteAsync(body);
        });

    public int Count(string path) => Requests.Count(r => r.Path == path);

    private async Task HandleAsync(HttpContext ctx)
    {
        var path = ctx.Request.Path.Value ?? "/";
        Requests.Enqueue(new ServedRequest(path, ctx.Request.QueryString.Value ?? "", DateTimeOffset.UtcNow,
            ctx.Request.Headers.UserAgent.ToString(), ctx.Request.Headers.IfNoneMatch.ToString()));
        if (_routes.TryGetValue(path, out var handler))
        {
            await handler(ctx);
            return;
        }
        ctx.Response.StatusCode = 404;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>One request the loopback server received.</summary>
public sealed record ServedRequest(string Path, string Query, DateTimeOffset At, string UserAgent, string IfNoneMatch);

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsClaims.Web.Api;
using NewsClaims.Web.Pages;
using NewsClaims.Web.Security;

namespace NewsClaims.Web;

/// <summary>Builds the review web application: pages, JSON API, assets, and the security around them.</summary>
public static class ReviewServer
{
    public static WebApplication Build(ReviewServerOptions options, Action<ILoggingBuilder>? logging = null)
    {
        if (!Binding.IsLoopbackOnly(options.Urls) && string.IsNullOrWhiteSpace(options.Token))
            throw new ReviewServerException(
                $"{string.Join(", ", options.Urls)} is reachable from other machines: set an access token first "
                + "(NEWSCLAIMS_TOKEN, or \"token\" in appsettings.json), or listen on http://127.0.0.1:PORT");
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        logging?.Invoke(builder.Logging);
        builder.WebHost.UseUrls([.. options.Urls]);
        builder.Services.AddSingleton(new ReviewContext(options));
        // Antiforgery keys live in memory: nothing written under the user's home, and a restart only asks open pages to reload.
        builder.Services.AddDataProtection().UseEphemeralDataProtectionProvider();
        builder.Services.AddAntiforgery(o =>
        {
            o.HeaderName = AntiforgeryCheck.HeaderName;
            o.FormFieldName = AntiforgeryCheck.FormFieldName;
            o.Cookie.Name = "newsclaims_antiforgery";
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        var app = builder.Build();
        app.Use(SecurityHeaders);
        if (!string.IsNullOrWhiteSpace(options.Token))
            app.Use(new AccessToken(options.Token).InvokeAsync);
        app.MapGet("/assets/{name}", Assets.Serve);
        PageEndpoints.Map(app);
        ApiEndpoints.Map(app);
        return app;
    }

    // Scripts and styles only from this server: even if some scraped text slipped through unencoded, no inline script would run.
    private static Task SecurityHeaders(HttpContext http, RequestDelegate next)
    {
        var headers = http.Response.Headers;
        headers.ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                                        + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.XFrameOptions = "DENY";
        return next(http);
    }
}

using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace NewsClaims.Web.Security;

/// <summary>Beyond loopback every request must carry the configured token: as <c>Authorization: Bearer TOKEN</c> (scripts), or
/// once as <c>?token=TOKEN</c>, which sets an HttpOnly cookie and redirects to the same page without it (browsers).</summary>
public sealed class AccessToken(string token)
{
    public const string CookieName = "newsclaims_token";
    private readonly byte[] _token = Encoding.UTF8.GetBytes(token);

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var request = context.Request;
        if (request.Query.TryGetValue("token", out var fromQuery) && Matches(fromQuery.ToString()))
        {
            context.Response.Cookies.Append(CookieName, fromQuery.ToString(),
                new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, Secure = request.IsHttps, Path = "/" });
            var rest = QueryString.Create(request.Query.Where(q => q.Key != "token"));
            context.Response.Redirect(request.PathBase + request.Path + rest);
            return;
        }
        var bearer = request.Headers.Authorization.ToString();
        if ((bearer.StartsWith("Bearer ", StringComparison.Ordinal) && Matches(bearer["Bearer ".Length..]))
            || (request.Cookies.TryGetValue(CookieName, out var cookie) && Matches(cookie)))
        {
            await next(context);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(
            "This NewsClaims review server needs its access token: open the page once with ?token=TOKEN, or send Authorization: Bearer TOKEN.\n");
    }

    private bool Matches(string? candidate) =>
        candidate is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(candidate), _token);
}

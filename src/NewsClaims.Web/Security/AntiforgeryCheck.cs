using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace NewsClaims.Web.Security;

/// <summary>Every state-changing request must carry the antiforgery token the pages embed (a form field, or the
/// <c>X-CSRF-TOKEN</c> header for JSON), so another site cannot make a reviewer's browser record a verdict.</summary>
public static class AntiforgeryCheck
{
    public const string HeaderName = "X-CSRF-TOKEN";
    public const string FormFieldName = "__RequestVerificationToken";

    public static RouteHandlerBuilder RequireAntiforgeryToken(this RouteHandlerBuilder endpoint) =>
        endpoint.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            if (await http.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(http))
                return await next(context);
            return Results.Json(new { error = $"missing or invalid antiforgery token: send the page's form field or the {HeaderName} header "
                                              + "(GET /api/antiforgery gives one to scripts)" }, statusCode: StatusCodes.Status403Forbidden);
        });

    /// <summary>The token for a page or script, setting its cookie on the response.</summary>
    public static string Issue(HttpContext http) =>
        http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http).RequestToken ?? "";
}

using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using NewsClaims.Ingestion.Politeness;
using NewsClaims.Ingestion.Robots;

namespace NewsClaims.Ingestion.Http;

/// <summary>Fetches one URL politely and safely: robots.txt, per-host gate, redirects, size and time caps, retries.</summary>
/// <remarks>
/// Failures come back as a <see cref="FetchResult"/> with an outcome and a reason, never as exceptions, so the
/// caller can record them. Only the caller's own cancellation throws.
/// </remarks>
public sealed class Fetcher : IDisposable
{
    private readonly HttpClient _public;
    private readonly HttpClient _private;
    private readonly UserAgent _userAgent;
    private readonly HostGate _gate;
    private readonly TimeProvider _time;
    private readonly Random _random;
    private readonly RobotsCache _robots;

    public Fetcher(UserAgent userAgent, HostGate gate, TimeProvider time, Random? random = null)
    {
        _userAgent = userAgent;
        _gate = gate;
        _time = time;
        _random = random ?? Random.Shared;
        // Two pools, so a connection opened for an outlet allowed on private addresses is never reused for one that is not.
        _public = new HttpClient(SafeHttpHandler.Create(allowPrivate: false)) { Timeout = Timeout.InfiniteTimeSpan };
        _private = new HttpClient(SafeHttpHandler.Create(allowPrivate: true)) { Timeout = Timeout.InfiniteTimeSpan };
        _robots = new RobotsCache(this, time, userAgent.Product);
    }

    public async Task<FetchResult> FetchAsync(string url, FetchOptions options, ConditionalRequest? conditional, CancellationToken ct)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
            return Fail(url, FetchOutcome.Permanent, "not an absolute URL");
        if (uri.Scheme == Uri.UriSchemeFile)
            return await LocalFile.ReadAsync(uri, options, _time, ct).ConfigureAwait(false);
        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            return Fail(url, FetchOutcome.Permanent, $"unsupported scheme '{uri.Scheme}'");
        return await FetchHttpAsync(uri, options, conditional ?? ConditionalRequest.None, options.RespectRobots, ct).ConfigureAwait(false);
    }

    internal async Task<FetchResult> FetchHttpAsync(Uri uri, FetchOptions options, ConditionalRequest conditional, bool checkRobots, CancellationToken ct)
    {
        var attempts = new List<FetchAttempt>();
        for (var attempt = 1; ; attempt++)
        {
            var result = await FollowRedirectsAsync(uri, options, conditional, checkRobots, attempts, ct).ConfigureAwait(false);
            if (result.Outcome != FetchOutcome.Transient)
                return result with { Attempts = attempts };
            var now = _time.GetUtcNow();
            var wait = result.RetryAt is { } at ? at - now : Backoff.Delay(attempt, options.RetryBaseDelay, TimeSpan.FromMinutes(1), _random);
            if (attempt >= options.MaxAttempts || wait > options.MaxRetryAfter)
                return result with { Attempts = attempts, RetryAt = result.RetryAt ?? now + wait };
            if (wait > TimeSpan.Zero)
                await Task.Delay(wait, _time, ct).ConfigureAwait(false);
        }
    }

    private async Task<FetchResult> FollowRedirectsAsync(Uri start, FetchOptions options, ConditionalRequest conditional,
        bool checkRobots, List<FetchAttempt> attempts, CancellationToken ct)
    {
        var current = start;
        var visited = new HashSet<string>(StringComparer.Ordinal) { current.AbsoluteUri };
        for (var hop = 0; ; hop++)
        {
            if (!options.AllowPrivateAddresses && IsLiteralNonPublic(current))
                return NotSent(start, current, FetchOutcome.Refused, $"{current.Host} is not a public address; refused", attempts);
            var minDelay = options.MinDelay;
            if (checkRobots)
            {
                var robots = await _robots.GetAsync(current, options, ct).ConfigureAwait(false);
                if (robots is null)
                    return NotSent(start, current, FetchOutcome.Transient, $"robots.txt of {current.Authority} could not be read", attempts);
                if (!robots.IsAllowed(current.PathAndQuery))
                    return NotSent(start, current, FetchOutcome.Refused, $"robots.txt disallows {current.PathAndQuery}", attempts);
                if (robots.CrawlDelay is { } crawlDelay && crawlDelay > minDelay)
                    minDelay = TimeSpan.FromTicks(Math.Min(crawlDelay.Ticks, TimeSpan.FromSeconds(30).Ticks));
            }

            var response = await SendAsync(current, options, conditional, minDelay, attempts, ct).ConfigureAwait(false);
            if (response.Redirect is not { } location)
                return response.Result with { RequestedUrl = start.AbsoluteUri };
            if (!Uri.TryCreate(current, location, out var next) || (next.Scheme != Uri.UriSchemeHttp && next.Scheme != Uri.UriSchemeHttps))
                return Fail(start.AbsoluteUri, FetchOutcome.Permanent, $"redirect to an unusable location '{location}'");
            if (!visited.Add(next.AbsoluteUri))
                return Fail(start.AbsoluteUri, FetchOutcome.Permanent, $"redirect loop at {next.AbsoluteUri}");
            if (hop + 1 > options.MaxRedirects)
                return Fail(start.AbsoluteUri, FetchOutcome.Permanent, $"more than {options.MaxRedirects} redirects");
            current = next;
        }
    }

    private async Task<(FetchResult Result, string? Redirect)> SendAsync(Uri uri, FetchOptions options, ConditionalRequest conditional,
        TimeSpan minDelay, List<FetchAttempt> attempts, CancellationToken ct)
    {
        using var lease = await _gate.AcquireAsync(uri.Authority, options.MaxConcurrencyPerHost, minDelay, ct).ConfigureAwait(false);
        var started = _time.GetUtcNow();
        var clock = Stopwatch.StartNew();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(options.Timeout);
        var client = options.AllowPrivateAddresses ? _private : _public;
        FetchResult result;
        string? redirect = null;
        try
        {
            using var request = BuildRequest(uri, conditional);
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (status is >= 300 and < 400 && status != 304)
            {
                redirect = response.Headers.Location?.OriginalString;
                result = redirect is null
                    ? Fail(uri.AbsoluteUri, FetchOutcome.Permanent, $"HTTP {status} without a Location", status)
                    : Fail(uri.AbsoluteUri, FetchOutcome.Ok, null, status);
            }
            else
            {
                result = await ReadResponseAsync(uri, response, options, timeout.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            result = Fail(uri.AbsoluteUri, FetchOutcome.Transient, $"timed out after {options.Timeout.TotalSeconds:0.#}s");
        }
        catch (HttpRequestException e) when (FindRefusal(e) is { } refusal)
        {
            result = Fail(uri.AbsoluteUri, FetchOutcome.Refused, refusal.Message);
        }
        catch (HttpRequestException e)
        {
            result = Fail(uri.AbsoluteUri, FetchOutcome.Transient, $"connection failed: {e.Message}");
        }
        catch (IOException e)
        {
            result = Fail(uri.AbsoluteUri, FetchOutcome.Transient, $"connection failed: {e.Message}");
        }
        attempts.Add(new FetchAttempt(uri.AbsoluteUri, started, result.Status, redirect is null ? result.Outcome : FetchOutcome.Ok,
            redirect is null ? result.Error : $"redirect to {redirect}", clock.Elapsed));
        return (result with { FetchedAt = started }, redirect);
    }

    private HttpRequestMessage BuildRequest(Uri uri, ConditionalRequest conditional)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.TryAddWithoutValidation("User-Agent", _userAgent.ToString());
        request.Headers.TryAddWithoutValidation("Accept",
            "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,*/*;q=0.8");
        if (conditional.ETag is { } etag)
            request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        if (conditional.LastModified is { } modified)
            request.Headers.TryAddWithoutValidation("If-Modified-Since", modified);
        return request;
    }

    private async Task<FetchResult> ReadResponseAsync(Uri uri, HttpResponseMessage response, FetchOptions options, CancellationToken ct)
    {
        var status = (int)response.StatusCode;
        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            return new FetchResult
            {
                Outcome = FetchOutcome.NotModified, RequestedUrl = uri.AbsoluteUri, FinalUrl = uri.AbsoluteUri, Status = status,
                ETag = response.Headers.ETag?.ToString(), LastModified = response.Content.Headers.LastModified?.ToString("R"),
            };
        }
        if (status is 408 or 429 or >= 500)
        {
            var wait = Backoff.ParseRetryAfter(RetryAfterText(response.Headers.RetryAfter), _time.GetUtcNow());
            return Fail(uri.AbsoluteUri, FetchOutcome.Transient, $"HTTP {status}", status) with
            {
                RetryAt = wait is { } w ? _time.GetUtcNow() + w : null,
            };
        }
        if (status is < 200 or >= 300)
            return Fail(uri.AbsoluteUri, FetchOutcome.Permanent, $"HTTP {status}", status);
        if (response.Content.Headers.ContentLength > options.MaxBodyBytes)
            return Fail(uri.AbsoluteUri, FetchOutcome.Permanent, $"body of {response.Content.Headers.ContentLength} bytes exceeds the limit of {options.MaxBodyBytes}", status);

        var body = await BoundedRead.ReadAsync(await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false), options.MaxBodyBytes, ct).ConfigureAwait(false);
        if (body is null)
            return Fail(uri.AbsoluteUri, FetchOutcome.Permanent, $"body exceeds the limit of {options.MaxBodyBytes} bytes", status);
        return new FetchResult
        {
            Outcome = FetchOutcome.Ok, RequestedUrl = uri.AbsoluteUri, FinalUrl = uri.AbsoluteUri, Status = status,
            ContentType = response.Content.Headers.ContentType?.ToString(), Body = body,
            ETag = response.Headers.ETag?.ToString(), LastModified = response.Content.Headers.LastModified?.ToString("R"),
        };
    }

    private static string? RetryAfterText(RetryConditionHeaderValue? value) =>
        value?.Delta is { } delta ? ((int)delta.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture)
        : value?.Date?.ToString("R");

    private static bool IsLiteralNonPublic(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.IdnHost.Trim('[', ']'), out var ip) && !AddressGuard.IsPublic(ip));

    private static RefusedAddressException? FindRefusal(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is RefusedAddressException refused)
                return refused;
        }
        return null;
    }

    /// <summary>A request not sent (refused by policy, or robots.txt unreadable) is still recorded as an attempt, so it shows in the log.</summary>
    private FetchResult NotSent(Uri start, Uri current, FetchOutcome outcome, string reason, List<FetchAttempt> attempts)
    {
        attempts.Add(new FetchAttempt(current.AbsoluteUri, _time.GetUtcNow(), null, outcome, reason, TimeSpan.Zero));
        return Fail(start.AbsoluteUri, outcome, reason);
    }

    internal static FetchResult Fail(string url, FetchOutcome outcome, string? error, int? status = null) =>
        new() { Outcome = outcome, RequestedUrl = url, Status = status, Error = error };

    public void Dispose()
    {
        _public.Dispose();
        _private.Dispose();
    }
}

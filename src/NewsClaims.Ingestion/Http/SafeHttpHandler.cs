using System.Net;
using System.Net.Sockets;

namespace NewsClaims.Ingestion.Http;

/// <summary>Builds the socket handler every request goes through: decompression on, redirects ours, addresses checked at connect.</summary>
internal static class SafeHttpHandler
{
    public static SocketsHttpHandler Create(bool allowPrivate) => new()
    {
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.All,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        ConnectTimeout = TimeSpan.FromSeconds(15),
        UseCookies = false,
        ConnectCallback = (context, ct) => ConnectAsync(context.DnsEndPoint, allowPrivate, ct),
    };

    private static async ValueTask<Stream> ConnectAsync(DnsEndPoint endPoint, bool allowPrivate, CancellationToken ct)
    {
        var addresses = IPAddress.TryParse(endPoint.Host, out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(endPoint.Host, ct).ConfigureAwait(false);
        var usable = allowPrivate ? addresses : addresses.Where(AddressGuard.IsPublic).ToArray();
        if (usable.Length == 0)
        {
            throw addresses.Length == 0
                ? new HttpRequestException($"{endPoint.Host} has no address")
                : new RefusedAddressException($"{endPoint.Host} resolves to a non-public address ({addresses[0]}); refused");
        }
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(usable, endPoint.Port, ct).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}

namespace NewsClaims.Ingestion.Http;

/// <summary>Reads a stream to the end unless it passes a byte limit (counted after decompression).</summary>
internal static class BoundedRead
{
    /// <summary>The bytes, or null when the stream holds more than <paramref name="limit"/>.</summary>
    public static async Task<byte[]?> ReadAsync(Stream stream, long limit, CancellationToken ct)
    {
        await using (stream.ConfigureAwait(false))
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, ct).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > limit)
                    return null;
                buffer.Write(chunk, 0, read);
            }
            return buffer.ToArray();
        }
    }
}

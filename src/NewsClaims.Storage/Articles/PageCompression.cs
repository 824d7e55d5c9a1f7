using System.IO.Compression;

namespace NewsClaims.Storage.Articles;

/// <summary>Brotli for raw pages: HTML shrinks five- to tenfold, and decompression is fast for reprocessing.</summary>
public static class PageCompression
{
    public const string Brotli = "br";

    public static byte[] Compress(byte[] body)
    {
        using var output = new MemoryStream(body.Length / 4 + 64);
        using (var brotli = new BrotliStream(output, CompressionLevel.Fastest, leaveOpen: true))
            brotli.Write(body);
        return output.ToArray();
    }

    public static byte[] Decompress(byte[] stored, string compression)
    {
        if (compression != Brotli)
            return stored;
        using var input = new BrotliStream(new MemoryStream(stored), CompressionMode.Decompress);
        using var output = new MemoryStream(stored.Length * 6);
        input.CopyTo(output);
        return output.ToArray();
    }
}

using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace PetitionKit.Tests.TestSupport;

/// <summary>Posts a large body over a plain socket and reads the answer while the body is still being sent, as a server
/// that refuses a body early answers before reading it: an HTTP client that writes the whole body first would only see
/// the connection closed under it.</summary>
public static class RawHttp
{
    /// <summary>Posts <paramref name="bodyBytes"/> bytes of spaces as JSON and returns the status code and body.</summary>
    public static async Task<(int Status, string Body)> PostAsync(Uri address, string pathAndQuery, long bodyBytes, bool chunked)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(address.Host, address.Port);
        var stream = client.GetStream();
        var headers = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"POST {pathAndQuery} HTTP/1.1\r\nHost: {address.Authority}\r\nContent-Type: application/json\r\n")
            .Append(chunked ? "Transfer-Encoding: chunked\r\n" : string.Create(CultureInfo.InvariantCulture, $"Content-Length: {bodyBytes}\r\n"))
            .Append("\r\n")
            .ToString();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(headers));
        var sending = SendBodyAsync(stream, bodyBytes, chunked);
        var response = await ReadResponseAsync(stream);
        client.Client.Shutdown(SocketShutdown.Both);
        await sending;
        return response;
    }

    private static async Task SendBodyAsync(NetworkStream stream, long bodyBytes, bool chunked)
    {
        var block = new byte[64 * 1024];
        block.AsSpan().Fill((byte)' ');
        var chunkHeader = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{block.Length:X}\r\n"));
        try
        {
            for (long sent = 0; sent < bodyBytes; sent += block.Length)
            {
                if (chunked)
                {
                    await stream.WriteAsync(chunkHeader);
                }

                await stream.WriteAsync(block.AsMemory(0, (int)Math.Min(block.Length, bodyBytes - sent)));
                if (chunked)
                {
                    await stream.WriteAsync("\r\n"u8.ToArray());
                }
            }
        }
        catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException)
        {
            // The server answered and closed the connection before the whole body was sent, as it should.
        }
    }

    private static async Task<(int Status, string Body)> ReadResponseAsync(NetworkStream stream)
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var received = new MemoryStream();
        var buffer = new byte[16 * 1024];
        while (true)
        {
            var text = Encoding.UTF8.GetString(received.GetBuffer(), 0, (int)received.Length);
            var headerEnd = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            if (headerEnd >= 0 && Complete(text, headerEnd) is { } body)
            {
                var status = int.Parse(text.Split(' ')[1], CultureInfo.InvariantCulture);
                return (status, body);
            }

            var read = await stream.ReadAsync(buffer, stop.Token);
            if (read == 0)
            {
                throw new IOException($"The server closed the connection before a whole response:\n{text}");
            }

            received.Write(buffer, 0, read);
        }
    }

    // The body once all of it has arrived: by its length, or by the last chunk of a chunked body.
    private static string? Complete(string text, int headerEnd)
    {
        var head = text[..headerEnd];
        var rest = text[(headerEnd + 4)..];
        var length = head.Split("\r\n").FirstOrDefault(h => h.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase));
        if (length is not null)
        {
            var size = int.Parse(length["Content-Length:".Length..].Trim(), CultureInfo.InvariantCulture);
            return rest.Length >= size ? rest[..size] : null;
        }

        if (!rest.Contains("0\r\n\r\n", StringComparison.Ordinal))
        {
            return null;
        }

        var body = new StringBuilder();
        var at = 0;
        while (true)
        {
            var lineEnd = rest.IndexOf("\r\n", at, StringComparison.Ordinal);
            var size = int.Parse(rest[at..lineEnd], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            if (size == 0)
            {
                return body.ToString();
            }

            body.Append(rest, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
    }
}

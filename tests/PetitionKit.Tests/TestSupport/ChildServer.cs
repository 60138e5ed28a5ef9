using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace PetitionKit.Tests.TestSupport;

/// <summary>The intake API sample run as a process of its own on a loopback port under <c>/usr/bin/time -v</c>, so a
/// request that would exhaust it exhausts only that process, and its peak memory is measured from outside.</summary>
public sealed class ChildServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Task<string> _output;
    private readonly Task<string> _error;

    private ChildServer(Process process, Uri address)
    {
        _process = process;
        Address = address;
        _output = process.StandardOutput.ReadToEndAsync();
        _error = process.StandardError.ReadToEndAsync();
    }

    /// <summary>Gets the server's base address, such as <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Address { get; }

    /// <summary>Starts the intake API and waits until it answers.</summary>
    public static async Task<ChildServer> StartAsync()
    {
        var address = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{FreePort()}/"));
        var start = new ProcessStartInfo("/usr/bin/time") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-v", "dotnet", Path.Combine(AppContext.BaseDirectory, "PetitionKit.IntakeApi.dll"), "--urls", address.ToString().TrimEnd('/') })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var server = new ChildServer(Process.Start(start)!, address);
        using var client = new HttpClient { BaseAddress = address };
        for (var attempt = 0; attempt < 300; attempt++)
        {
            try
            {
                using var response = await client.GetAsync(new Uri("/templates", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return server;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        await server.StopAsync();
        throw new TimeoutException("The intake API did not start within 30 seconds.");
    }

    /// <summary>Stops the server as a service manager would (SIGTERM to the server, not to the timer) and returns what it
    /// printed and cost.</summary>
    public async Task<ChildRun> StopAsync()
    {
        if (!_process.HasExited)
        {
            // /usr/bin/time's one child is the server; it prints its report once that child ends.
            var children = await File.ReadAllTextAsync($"/proc/{_process.Id}/task/{_process.Id}/children");
            foreach (var child in children.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                using var kill = Process.Start("kill", ["-TERM", child]);
                await kill.WaitForExitAsync();
            }
        }

        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await _process.WaitForExitAsync(stop.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            throw;
        }

        var stderr = await _error;
        var peak = Field(stderr, "Maximum resident set size (kbytes): ");
        return new ChildRun(_process.ExitCode, await _output, stderr, peak is null ? 0 : long.Parse(peak, CultureInfo.InvariantCulture), TimeSpan.Zero);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string? Field(string stderr, string label) =>
        stderr.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith(label, StringComparison.Ordinal))?[label.Length..];
}

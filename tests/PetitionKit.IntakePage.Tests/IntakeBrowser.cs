using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace PetitionKit.IntakePage.Tests;

/// <summary>The intake page on a loopback port and one headless Chromium, shared by the tests of a class. The browser is
/// the machine's own (Debian's <c>chromium</c>, which <c>.ci/run</c> installs): no browser is downloaded.</summary>
public sealed class IntakeBrowser : IAsyncLifetime
{
    /// <summary>The Chromium the tests drive; <c>PETITIONKIT_CHROMIUM</c> names another.</summary>
    public static readonly string ChromiumPath = Environment.GetEnvironmentVariable("PETITIONKIT_CHROMIUM") ?? "/usr/bin/chromium";

    /// <summary>The date every draft speaks as of, so the pages say the same thing on every run.</summary>
    public const string AsOf = "2026-06-01";

    private WebApplication _app = null!;
    private IPlaywright _playwright = null!;

    /// <summary>Gets the browser.</summary>
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Gets the page's address, such as <c>http://127.0.0.1:41234</c>.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>Gets the folder the screenshots are written to; the tests print it.</summary>
    public static string Screenshots { get; } = Environment.GetEnvironmentVariable("PETITIONKIT_SCREENSHOTS")
        ?? Path.Combine(AppContext.BaseDirectory, "intake-screenshots");

    public async ValueTask InitializeAsync()
    {
        File.Exists(ChromiumPath).Should().BeTrue($"the browser tests drive {ChromiumPath}: install it with 'apt-get install chromium' (.ci/run does)");
        Directory.CreateDirectory(Screenshots);
        _app = IntakePageApp.Create(["--urls", "http://127.0.0.1:0", "--environment", "Production", $"--Intake:AsOf={AsOf}"]);
        await _app.StartAsync();
        Address = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>Opens a new page (its own cookies) at the start page.</summary>
    /// <param name="width">The viewport's width, 390 for a phone.</param>
    /// <param name="javaScript">Whether the browser runs the page's script; the page must work without it.</param>
    /// <returns>The page.</returns>
    public async Task<IPage> OpenAsync(int width = 1000, bool javaScript = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            JavaScriptEnabled = javaScript,
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
            AcceptDownloads = true,
            Locale = "en-US",
            TimezoneId = "UTC",
        });
        var page = await context.NewPageAsync();
        // Longer than the page's own two-minute limit on LibreOffice, so a slow first-page picture on a loaded machine
        // is the page's to report, not a test timeout.
        page.SetDefaultTimeout(150_000);
        await page.GotoAsync(Address.ToString());
        return page;
    }

    /// <summary>Sends a form (a click or a key) and waits until the page the answer loads has replaced this one, so
    /// nothing that follows can act on the page being left.</summary>
    /// <param name="page">The page.</param>
    /// <param name="send">What sends the form.</param>
    /// <returns>A task that completes when the new page has loaded.</returns>
    public static async Task SendAsync(IPage page, Func<Task> send)
    {
        await page.EvaluateAsync("() => { window.sent = true; }");
        await send();
        await page.WaitForFunctionAsync("() => window.sent === undefined && document.readyState === 'complete'");
    }

    /// <summary>Presses the button with this name and waits for the page it loads.</summary>
    /// <param name="page">The page.</param>
    /// <param name="name">The button's accessible name.</param>
    /// <returns>A task that completes when the new page has loaded.</returns>
    public static Task PressAsync(IPage page, string name) =>
        SendAsync(page, () => page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true }).ClickAsync());

    /// <summary>Writes a full-page screenshot and says where.</summary>
    /// <param name="page">The page.</param>
    /// <param name="name">The file's name without extension.</param>
    /// <param name="fullPage">Whether to take the whole page rather than what the window shows.</param>
    /// <returns>The file's path.</returns>
    public static async Task<string> ShootAsync(IPage page, string name, bool fullPage = true)
    {
        var path = Path.Combine(Screenshots, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = fullPage });
        TestContext.Current.TestOutputHelper?.WriteLine($"screenshot: {path}");
        return path;
    }
}

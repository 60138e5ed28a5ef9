using System.Net;
using Microsoft.Playwright;

namespace PetitionKit.IntakePage.Tests;

/// <summary>What the page refuses: a form without its antiforgery token, a petition carried in the form that no page
/// could show, and an upload that is not a petition; and the headers that keep a client's facts out of caches and frames.</summary>
public sealed class IntakeSafetyTests(IntakeBrowser browser) : IClassFixture<IntakeBrowser>
{
    [Fact]
    public async Task PostWithoutAntiforgeryToken_IsRefused()
    {
        using var client = new HttpClient { BaseAddress = browser.Address };
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>(StringComparer.Ordinal) { ["petition"] = "{}", ["act"] = "next" });

        using var response = await client.PostAsync(new Uri("/intake/court", UriKind.Relative), form, TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task StartPage_IsNeverCachedOrFramed()
    {
        using var client = new HttpClient { BaseAddress = browser.Address };

        using var response = await client.GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);

        response.Headers.CacheControl!.NoStore.Should().BeTrue();
        response.Headers.GetValues("X-Frame-Options").Should().Equal("DENY");
        response.Headers.GetValues("Content-Security-Policy").Single().Should().Contain("frame-ancestors 'none'");
        IntakePageApp.DefaultUrl.Should().Be("http://127.0.0.1:5080");
    }

    [Fact]
    public async Task PetitionWithAListLongerThanAnyPage_IsRefusedNotDrawn()
    {
        var page = await browser.OpenAsync();
        await IntakeBrowser.PressAsync(page, "Start a new petition");
        await page.EvaluateAsync("() => { document.querySelector('input[name=petition]').value = JSON.stringify({ petitioners: Array(101).fill({ name: 'X' }) }); }");

        await IntakeBrowser.PressAsync(page, "Check this page");

        await Assertions.Expect(page.Locator("[role=alert]")).ToHaveTextAsync("That file is not a saved petition: choose the .json file this page saved.");
    }

    [Fact]
    public async Task UploadThatIsNotAPetition_SaysSo()
    {
        var page = await browser.OpenAsync();
        await page.Locator("#upload").SetInputFilesAsync(new FilePayload { Name = "notes.json", MimeType = "application/json", Buffer = "[1, 2"u8.ToArray() });

        await IntakeBrowser.PressAsync(page, "Resume");

        await Assertions.Expect(page.Locator("[role=alert]")).ToHaveTextAsync("That file is not a saved petition: choose the .json file this page saved.");
    }
}

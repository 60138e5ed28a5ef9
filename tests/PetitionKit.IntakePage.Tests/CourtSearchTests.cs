using Microsoft.Playwright;

namespace PetitionKit.IntakePage.Tests;

/// <summary>The court search narrows the 94 districts as the person types, and Enter in the search box never sends the
/// step on: with the page's script the list narrows in place and Enter moves to it; without the script, Enter asks the
/// server for the same narrowed list and the page stays on the court step.</summary>
public sealed class CourtSearchTests(IntakeBrowser browser) : IClassFixture<IntakeBrowser>
{
    private const string Districts = "#f-court-court_id option:not([value=''])";

    [Fact]
    public async Task WithTheScript_TheListNarrowsAsYouTypeAndEnterStaysOnTheStep()
    {
        var page = await CourtStepAsync(browser, javaScript: true);
        await page.EvaluateAsync("() => { window.stillHere = true; }");

        await page.Locator("#court-query").PressSequentiallyAsync("California");
        await Expect(page.Locator(Districts)).ToHaveCountAsync(4);
        await Expect(page.Locator("#f-court-court_id-note")).ToHaveTextAsync("4 of 94 districts match “California”.");
        await page.Locator("#court-query").PressAsync("Enter");
        await Expect(page.Locator("#f-court-court_id")).ToBeFocusedAsync();
        (await page.EvaluateAsync<bool>("() => window.stillHere === true")).Should().BeTrue("Enter in the search box must not send the page");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Step 2 of 8: Court");

        await page.Locator("#court-query").PressAsync("End");
        await page.Locator("#court-query").PressSequentiallyAsync(" north");
        await Expect(page.Locator(Districts)).ToHaveCountAsync(1);
        await page.Locator("#f-court-court_id").SelectOptionAsync("cand");
        await page.Locator("#court-query").FillAsync(string.Empty);
        await Expect(page.Locator(Districts)).ToHaveCountAsync(94);
        await Expect(page.Locator("#f-court-court_id")).ToHaveValueAsync("cand");
        await page.Locator("#court-query").FillAsync("vermont");
        await Expect(page.Locator(Districts)).ToHaveCountAsync(2, new() { Timeout = 5000 });
        await Expect(page.Locator("#f-court-court_id")).ToHaveValueAsync("cand");
        await IntakeBrowser.ShootAsync(page, "16-court-search-live", fullPage: false);

        // Continue after a live search goes on (to the division the Northern District asks for), not back to a search.
        await IntakeBrowser.PressAsync(page, "Save and continue");
        await Expect(page.Locator("#f-court-division-issues")).ToContainTextAsync("Choose the division of the Northern District of California");
    }

    [Fact]
    public async Task WithoutTheScript_EnterInTheSearchBoxSearchesAndStays()
    {
        var page = await CourtStepAsync(browser, javaScript: false);

        await page.Locator("#court-query").FillAsync("California");
        await PostAsync(page, () => page.Locator("#court-query").PressAsync("Enter"));

        await Expect(page.Locator("h1")).ToHaveTextAsync("Step 2 of 8: Court");
        await Expect(page.Locator(Districts)).ToHaveCountAsync(4);
        await Expect(page.Locator("#f-court-court_id-note")).ToHaveTextAsync("4 of 94 districts match “California”.");
        await Expect(page.Locator("#problems")).ToHaveCountAsync(0);

        await page.Locator("#f-court-court_id").SelectOptionAsync("cand");
        await PostAsync(page, () => page.GetByRole(AriaRole.Button, new() { Name = "Save and continue", Exact = true }).ClickAsync());
        await Expect(page.Locator("#f-court-division-issues")).ToContainTextAsync("Choose the division of the Northern District of California");
    }

    // A new I-485 petition at the court step.
    private static async Task<IPage> CourtStepAsync(IntakeBrowser browser, bool javaScript)
    {
        var page = await browser.OpenAsync(javaScript: javaScript);
        await PostAsync(page, () => page.GetByRole(AriaRole.Button, new() { Name = "Start a new petition", Exact = true }).ClickAsync());
        await page.Locator("#ct-i485_adjustment_of_status").CheckAsync();
        await PostAsync(page, () => page.GetByRole(AriaRole.Button, new() { Name = "Save and continue", Exact = true }).ClickAsync());
        await Expect(page.Locator("h1")).ToHaveTextAsync("Step 2 of 8: Court");
        return page;
    }

    // Sends a form and waits for the page it loads, without the page's JavaScript (which IntakeBrowser.SendAsync uses).
    private static async Task PostAsync(IPage page, Func<Task> send)
    {
        var answered = page.WaitForResponseAsync(r => r.Request.IsNavigationRequest && string.Equals(r.Request.Method, "POST", StringComparison.Ordinal));
        await send();
        await answered;
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}

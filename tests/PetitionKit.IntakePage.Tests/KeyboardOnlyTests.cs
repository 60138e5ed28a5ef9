using Microsoft.Playwright;

namespace PetitionKit.IntakePage.Tests;

/// <summary>The intake works with the keyboard alone: Tab reaches every control with a visible focus ring, Space and
/// typing choose, Enter sends, and an error moves the focus to the summary that announces it.</summary>
public sealed class KeyboardOnlyTests(IntakeBrowser browser) : IClassFixture<IntakeBrowser>
{
    [Fact]
    public async Task CaseTypeAndCourt_WithTheKeyboardAlone()
    {
        var page = await browser.OpenAsync();
        await TabToAsync(page, "Start a new petition");
        await SubmitAsync(page);

        // Case type: Tab into the radio group, Space chooses, Enter sends the form.
        await Expect(page.Locator("h1")).ToHaveTextAsync("Step 1 of 8: Case type");
        await TabToAsync(page, "ct-i485_adjustment_of_status");
        await page.Keyboard.PressAsync("Space");
        await Expect(page.Locator("#ct-i485_adjustment_of_status")).ToBeCheckedAsync();
        await SubmitAsync(page);

        // Court: search, pick a district by typing, continue without the division it needs.
        await Expect(page.Locator("h1")).ToHaveTextAsync("Step 2 of 8: Court");
        await TabToAsync(page, "court-query");
        await page.Keyboard.TypeAsync("California");
        await TabToAsync(page, "Find");
        await SubmitAsync(page);
        await Expect(page.Locator("#f-court-court_id option:not([value=''])")).ToHaveCountAsync(4);
        await TabToAsync(page, "f-court-court_id");
        await page.Keyboard.TypeAsync("Northern");
        await Expect(page.Locator("#f-court-court_id")).ToHaveValueAsync("cand");
        await TabToAsync(page, "Save and continue");
        await SubmitAsync(page);

        // The error summary takes the focus and is announced; its link leads to the field.
        await Expect(page.Locator("#problems")).ToBeFocusedAsync();
        await Expect(page.Locator("#problems")).ToHaveAttributeAsync("role", "alert");
        await Expect(page.Locator("#f-court-division-issues")).ToContainTextAsync("Choose the division of the Northern District of California");
        await IntakeBrowser.ShootAsync(page, "11-keyboard-division-error", fullPage: false);
        await TabToAsync(page, "f-court-division");
        await page.Keyboard.TypeAsync("San Jose");
        await Expect(page.Locator("#f-court-division")).ToHaveValueAsync("San Jose");
        await TabToAsync(page, "Save and continue");
        await SubmitAsync(page);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Step 3 of 8: Petitioners");
    }

    // Presses Enter and waits for the page the form's answer loads.
    private static Task SubmitAsync(IPage page) => IntakeBrowser.SendAsync(page, () => page.Keyboard.PressAsync("Enter"));

    // Presses Tab until the control with this id or name has the focus, checking each stop shows a focus ring.
    private static async Task TabToAsync(IPage page, string idOrName)
    {
        for (var presses = 0; presses < 200; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await page.EvaluateAsync<string[]>(
                "() => { const e = document.activeElement; return [e.id || '', (e.innerText || e.value || '').trim(), getComputedStyle(e).outlineStyle]; }");
            if (string.Equals(focused[0], idOrName, StringComparison.Ordinal) || string.Equals(focused[1], idOrName, StringComparison.Ordinal))
            {
                focused[2].Should().NotBe("none", $"{idOrName} should show where the focus is");
                return;
            }
        }

        throw new InvalidOperationException($"Tab never reached {idOrName}.");
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}

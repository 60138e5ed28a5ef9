using Microsoft.Playwright;
using PetitionKit.Catalogs;
using PetitionKit.IntakePage.Intake;
using PetitionKit.Model;

namespace PetitionKit.IntakePage.Tests;

/// <summary>A racial-profiling or 287(g) complaint gets no mandamus draft: the page says why and what route exists (a
/// FOIA request for the records), and offers to start that instead.</summary>
public sealed class CivilRightsRouteTests(IntakeBrowser browser) : IClassFixture<IntakeBrowser>
{
    [Fact]
    public async Task CivilRightsComplaint_ExplainsTheFoiaRouteInsteadOfADraft()
    {
        var profile = CaseTypeCatalog.Get(CaseType.CivilRightsComplaint);
        var page = await browser.OpenAsync();
        await IntakeBrowser.PressAsync(page, "Start a new petition");
        await Expect(page.Locator("#ct-civil_rights_complaint-purpose")).ToHaveTextAsync("No draft: " + Steps.InWords(profile.AlternativeRoute));

        await page.GetByLabel(profile.DisplayName).CheckAsync();
        await IntakeBrowser.PressAsync(page, "Save and continue");

        await Expect(page.Locator("h1")).ToHaveTextAsync("Step 1 of 8: Case type");
        var route = page.Locator("#route");
        await Expect(route.Locator("h2")).ToHaveTextAsync("No draft for this case type");
        await Expect(route).ToContainTextAsync("Why: " + profile.WhyNot);
        await Expect(route).ToContainTextAsync("What to do instead: " + Steps.InWords(profile.AlternativeRoute));
        await Expect(route).Not.ToContainTextAsync("foia_records");
        await Expect(route).ToHaveAttributeAsync("role", "status");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Download the complaint (.docx)" })).ToHaveCountAsync(0);
        await IntakeBrowser.ShootAsync(page, "10-civil-rights-route", fullPage: false);

        await IntakeBrowser.PressAsync(page, "Start a FOIA request for the records instead");
        await Expect(page.Locator("#ct-foia_records")).ToBeCheckedAsync();
        await Expect(page.Locator("#route")).ToHaveCountAsync(0);
        // The catalog's FOIA defendant is "[Agency that holds the records]": a blank, never put in the agency field.
        await Expect(page.Locator("#f-agency")).ToHaveValueAsync(string.Empty);
        await page.Locator("#f-agency").FillAsync("U.S. Immigration and Customs Enforcement");
        await IntakeBrowser.PressAsync(page, "Save and continue");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Step 2 of 8: Court");
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}

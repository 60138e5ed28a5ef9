using DocumentFormat.OpenXml.Packaging;
using Microsoft.Playwright;

namespace PetitionKit.IntakePage.Tests;

/// <summary>The route the 287(g) page points to, taken to the end: an organization's FOIA suit for the records of a
/// county's 287(g) agreement, filled in step by step (the organization's mission, main office and reason for wanting
/// the records; the request's tracking number, receipt, fee waiver and expedited processing; the agency as the only
/// defendant; a prayer item of its own), validated, and the draft downloaded and read.</summary>
public sealed class FoiaOrganizationTests(IntakeBrowser browser) : IClassFixture<IntakeBrowser>
{
    private const string Organization = "Piedmont Immigrant Justice Center";
    private const string Records = "the records of the 287(g) agreement between ICE and the Harlow County Sheriff's Office";

    [Fact]
    public async Task FoiaPetitionByAnOrganization_FromTheCivilRightsRouteToTheDownloadedDraft()
    {
        var page = await browser.OpenAsync();
        await IntakeBrowser.PressAsync(page, "Start a new petition");
        await page.Locator("#ct-civil_rights_complaint").CheckAsync();
        await ContinueAsync(page);
        await IntakeBrowser.PressAsync(page, "Start a FOIA request for the records instead");
        await page.Locator("#f-agency").FillAsync("U.S. Immigration and Customs Enforcement");
        await ContinueAsync(page);

        await CourtAsync(page);
        await OrganizationAsync(page);
        await RequestAsync(page);
        await ExhibitsAsync(page);
        await ReliefAsync(page);
        await SignerAsync(page);
        await ReviewAndDownloadAsync(page);
    }

    private static async Task CourtAsync(IPage page)
    {
        // Court: the list narrows as the state is typed.
        await Expect(page.Locator("h1")).ToHaveTextAsync("Step 2 of 8: Court");
        await page.Locator("#court-query").FillAsync("north carolina western");
        await Expect(page.Locator("#f-court-court_id option:not([value=''])")).ToHaveCountAsync(1);
        await page.Locator("#f-court-court_id").SelectOptionAsync("ncwd");
        await page.Locator("#f-court-venue_basis").SelectOptionAsync("petitioner_residence");
        await ContinueAsync(page);
    }

    private static async Task OrganizationAsync(IPage page)
    {
        // Petitioners: the organization, with no person's fields.
        await Expect(page.Locator("h1")).ToHaveTextAsync("Step 3 of 8: Petitioners");
        await IntakeBrowser.PressAsync(page, "Petitioner 1 is an organization");
        await Expect(page.Locator("#f-petitioners-0-date_of_birth")).ToHaveCountAsync(0);
        await Expect(page.Locator("#f-petitioners-0-role")).ToHaveValueAsync("requester");
        await page.Locator("#f-petitioners-0-name").FillAsync(Organization);
        await page.Locator("#f-petitioners-0-organization-mission").FillAsync("to defend the civil rights of immigrant families in western North Carolina");
        await page.Locator("#f-petitioners-0-organization-interest_in_records").FillAsync("to inform the public how Harlow County's 287(g) agreement with ICE is carried out");
        await ContinueAsync(page);
        // The main office's address is asked for beside its first line.
        await Expect(page.Locator("#f-petitioners-0-organization-principal_place_of_business-lines-0-issues")).ToContainTextAsync("Error PK1003");
        await page.Locator("#f-petitioners-0-organization-principal_place_of_business-lines-0").FillAsync("700 Example Boulevard, Suite 3");
        await page.Locator("#f-petitioners-0-organization-principal_place_of_business-city").FillAsync("Charlotte");
        await page.Locator("#f-petitioners-0-organization-principal_place_of_business-county").FillAsync("Mecklenburg");
        await page.Locator("#f-petitioners-0-organization-principal_place_of_business-state").FillAsync("NC");
        await page.Locator("#f-petitioners-0-organization-principal_place_of_business-postal_code").FillAsync("28202");
        await page.Locator("#f-petitioners-0-residence_district").SelectOptionAsync("ncwd");
        await IntakeBrowser.ShootAsync(page, "12-foia-organization");
        await ContinueAsync(page);
    }

    private static async Task RequestAsync(IPage page)
    {
        // The request, with its own facts.
        await Expect(page.Locator("h1")).ToHaveTextAsync("Step 4 of 8: Application and timeline");
        await Expect(page.Locator("#f-application-form")).ToHaveValueAsync("FOIA request");
        await Expect(page.Locator("#f-application-receipt_number")).ToHaveCountAsync(0);
        await page.Locator("#f-application-category").FillAsync(Records);
        await page.Locator("#f-application-filing_date").FillAsync("2026-01-09");
        await page.Locator("#f-application-office").FillAsync("the ICE FOIA Office");
        await page.Locator("#f-application-exhibit_label").FillAsync("A");
        await page.Locator("#f-foia-tracking_number").FillAsync("2026-ICFO-00871");
        await page.Locator("#f-foia-component_received_on").FillAsync("2026-01-12");
        await page.Locator("#f-foia-fee_waiver-requested_on").FillAsync("2026-01-09");
        await page.Locator("#f-foia-fee_waiver-decision").SelectOptionAsync("denied");
        await page.Locator("#f-foia-fee_waiver-decided_on").FillAsync("2026-02-02");
        await page.Locator("#f-foia-fee_waiver-exhibit_label").FillAsync("B");
        await page.Locator("#f-foia-expedited_processing-requested_on").FillAsync("2026-01-09");
        await IntakeBrowser.ShootAsync(page, "13-foia-request");
        await ContinueAsync(page);
    }

    private static async Task ExhibitsAsync(IPage page)
    {
        // The exhibits the request cites.
        await Expect(page.Locator("h1")).ToHaveTextAsync("Step 5 of 8: Delay facts and harms");
        await Expect(page.Locator("#f-processing_time-posted_months")).ToHaveCountAsync(0);
        await AddExhibitAsync(page, 0, "A", "FOIA request of January 9, 2026");
        await AddExhibitAsync(page, 1, "B", "ICE fee-waiver denial of February 2, 2026");
        await ContinueAsync(page);
    }

    private static async Task ReliefAsync(IPage page)
    {
        // The agency is the defendant, named from the first step; no official.
        await Expect(page.Locator("h1")).ToHaveTextAsync("Step 6 of 8: Defendants and relief");
        await Expect(page.Locator("#f-officials-0-title")).ToHaveValueAsync("U.S. Immigration and Customs Enforcement");
        await Expect(page.Locator("#f-officials-1-title")).ToHaveCountAsync(0);
        await page.Locator("#f-foia-ask_for_withheld_records_index").CheckAsync();
        await IntakeBrowser.PressAsync(page, "Add a request to the prayer");
        await page.Locator("#f-relief-requests-0").FillAsync("Order Defendant to produce the records in electronic form.");
        await IntakeBrowser.ShootAsync(page, "14-foia-relief");
        await ContinueAsync(page);
    }

    private static async Task SignerAsync(IPage page)
    {
        await Expect(page.Locator("h1")).ToHaveTextAsync("Step 7 of 8: Signer");
        await page.Locator("#f-signer-kind").SelectOptionAsync("attorney");
        await page.Locator("#f-signer-name").FillAsync("Marisol Vega");
        await page.Locator("#f-signer-bar_number").FillAsync("000871");
        await page.Locator("#f-signer-bar_state").FillAsync("NC");
        await page.Locator("#f-signer-firm").FillAsync(Organization);
        await page.Locator("#f-signer-address-lines-0").FillAsync("700 Example Boulevard, Suite 3");
        await page.Locator("#f-signer-address-city").FillAsync("Charlotte");
        await page.Locator("#f-signer-address-state").FillAsync("NC");
        await page.Locator("#f-signer-address-postal_code").FillAsync("28202");
        await page.Locator("#f-signer-phone").FillAsync("704-555-0187");
        await page.Locator("#f-signer-email").FillAsync("mvega@example.org");
        await ContinueAsync(page);
    }

    private static async Task ReviewAndDownloadAsync(IPage page)
    {
        await Expect(page.Locator("h1")).ToHaveTextAsync("Step 8 of 8: Review and download");
        await Expect(page.Locator("#fix-heading + p")).ToHaveTextAsync("No errors: the petition can be drafted.");
        await IntakeBrowser.ShootAsync(page, "15-foia-review");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Download the complaint (.docx)" }).ClickAsync());
        download.SuggestedFilename.Should().Be("foia-draft-2026-06-01.docx");
        await using var stream = await download.CreateReadStreamAsync();
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, TestContext.Current.CancellationToken);
        using var document = WordprocessingDocument.Open(new MemoryStream(copy.ToArray()), false);
        var body = document.MainDocumentPart!.Document!.Body!.InnerText;
        body.Should().Contain(Organization)
            .And.Contain("to defend the civil rights of immigrant families in western North Carolina")
            .And.Contain("to inform the public how Harlow County")
            .And.Contain("Charlotte")
            .And.Contain(Records)
            .And.Contain("2026-ICFO-00871")
            .And.Contain("U.S. Immigration and Customs Enforcement")
            .And.Contain("produce the records in electronic form");
        body.Should().NotContain("[Agency that holds the records]");
        document.MainDocumentPart.HeaderParts.Select(h => h.Header!.InnerText).Should().Contain(t => t.Contains("ATTORNEY REVIEW DRAFT", StringComparison.Ordinal));
    }

    private static async Task AddExhibitAsync(IPage page, int index, string label, string title)
    {
        await IntakeBrowser.PressAsync(page, "Add an exhibit");
        await page.Locator($"#f-exhibits-{index}-label").FillAsync(label);
        await page.Locator($"#f-exhibits-{index}-title").FillAsync(title);
    }

    private static Task ContinueAsync(IPage page) => IntakeBrowser.PressAsync(page, "Save and continue");

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}

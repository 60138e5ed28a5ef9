using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Playwright;
using PetitionKit.Json;

namespace PetitionKit.IntakePage.Tests;

/// <summary>A paralegal fills in an I-485 family's petition (a minor among them) step by step in a real browser, fixes a
/// receipt number the validator refuses, and downloads the draft, the packet and the petition file.</summary>
public sealed class ParalegalPathTests(IntakeBrowser browser) : IClassFixture<IntakeBrowser>
{
    [Fact]
    public async Task I485Family_EveryStepToTheDownloadedDraft()
    {
        TestContext.Current.TestOutputHelper?.WriteLine($"screenshots in {IntakeBrowser.Screenshots}");
        var page = await browser.OpenAsync();
        await IntakeBrowser.ShootAsync(page, "00-start");
        await IntakeBrowser.PressAsync(page, "Start a new petition");

        await CaseTypeStepAsync(page);
        await CourtStepAsync(page);
        await PetitionersStepAsync(page);
        await ApplicationStepAsync(page);
        await DelayStepAsync(page);
        await ReliefStepAsync(page);
        await SignerStepAsync(page);

        var saved = await ReviewAndDownloadAsync(page);
        await PhoneReviewAsync(saved);
    }

    // Case type: the catalog's names, with what each drafts.
    private static async Task CaseTypeStepAsync(IPage page)
    {
        await Expect(page.Locator("h1")).ToHaveTextAsync("Step 1 of 8: Case type");
        await Expect(page.Locator("#ct-i485_adjustment_of_status-purpose")).ToContainTextAsync("USCIS · the complaint pleads: Unreasonable delay under the Administrative Procedure Act");
        await page.GetByLabel("I-485 application to adjust status").CheckAsync();
        await IntakeBrowser.ShootAsync(page, "01-case-type");
        await ContinueAsync(page);
    }

    // Court: searched, then the division the district asks for.
    private static async Task CourtStepAsync(IPage page)
    {
        await Expect(page.Locator("h1")).ToHaveTextAsync("Step 2 of 8: Court");
        await Expect(page.Locator("#f-court-court_id option:not([value=''])")).ToHaveCountAsync(94);
        await page.GetByLabel("Find the court").FillAsync("Texas");
        await IntakeBrowser.PressAsync(page, "Find");
        await Expect(page.Locator("#f-court-court_id option:not([value=''])")).ToHaveCountAsync(4);
        await page.Locator("#f-court-court_id").SelectOptionAsync("txsd");
        await page.Locator("#f-court-venue_basis").SelectOptionAsync("petitioner_residence");
        await IntakeBrowser.PressAsync(page, "Check this page");
        await page.Locator("#f-court-division").FillAsync("Houston");
        await IntakeBrowser.ShootAsync(page, "02-court");
        await ContinueAsync(page);
    }

    // Petitioners: the parents and their minor son, who sues through his mother.
    private static async Task PetitionersStepAsync(IPage page)
    {
        await Expect(page.Locator("h1")).ToHaveTextAsync("Step 3 of 8: Petitioners");
        await FillPetitionerAsync(page, 0, "Chinedu Okafor", "applicant", "A000000101", "1984-02-17");
        await IntakeBrowser.PressAsync(page, "Add a petitioner");
        await FillPetitionerAsync(page, 1, "Adaeze Okafor", "derivative", "A000000102", "1987-09-03");
        await IntakeBrowser.PressAsync(page, "Add a petitioner");
        await FillPetitionerAsync(page, 2, "Tobenna Okafor", "derivative", "A000000103", "2014-05-22");
        await page.Locator("#f-petitioners-2-is_minor").CheckAsync();
        await page.Locator("#f-petitioners-2-next_friend-name").FillAsync("Adaeze Okafor");
        await page.Locator("#f-petitioners-2-next_friend-relationship").FillAsync("mother");
        // Each family member filed an I-485 of their own; the first one's receipt goes on the application step.
        await page.Locator("#f-petitioners-1-receipt_number").FillAsync("MSC-23-090-00002");
        await page.Locator("#f-petitioners-2-receipt_number").FillAsync("MSC-23-090-00003");
        await IntakeBrowser.ShootAsync(page, "03-petitioners");
        await ContinueAsync(page);
    }

    // Application: a receipt number with a letter where a digit belongs is refused beside the field, then fixed.
    private static async Task ApplicationStepAsync(IPage page)
    {
        await Expect(page.Locator("h1")).ToHaveTextAsync("Step 4 of 8: Application and timeline");
        await Expect(page.Locator("#f-application-form")).ToHaveValueAsync("I-485");
        await page.Locator("#f-application-category").FillAsync("EB-2 employment-based, with derivative spouse and child");
        await page.Locator("#f-application-receipt_number").FillAsync("MSC-23-090-0000I");
        await page.Locator("#f-application-filing_date").FillAsync("2023-03-31");
        await page.Locator("#f-application-office").FillAsync("Houston Field Office");
        await IntakeBrowser.PressAsync(page, "Add an event");
        await page.Locator("#f-timeline-0-date").FillAsync("2023-05-09");
        await page.Locator("#f-timeline-0-kind").SelectOptionAsync("biometrics");
        await page.Locator("#f-timeline-0-description").FillAsync("All three applicants attended biometrics.");
        await IntakeBrowser.PressAsync(page, "Add an event");
        await page.Locator("#f-timeline-1-date").FillAsync("2025-02-11");
        await page.Locator("#f-timeline-1-kind").SelectOptionAsync("inquiry_to_agency");
        await page.Locator("#f-timeline-1-description").FillAsync("Counsel submitted a case inquiry.");
        await ContinueAsync(page);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Step 4 of 8: Application and timeline");
        var receiptIssues = page.Locator("#f-application-receipt_number-issues");
        await Expect(receiptIssues).ToContainTextAsync("Error PK");
        await Expect(page.Locator("#f-application-receipt_number")).ToHaveAttributeAsync("aria-describedby", "f-application-receipt_number-help f-application-receipt_number-issues");
        await Expect(page.Locator("#problems")).ToContainTextAsync("Receipt number");
        await IntakeBrowser.ShootAsync(page, "04-application-receipt-error");
        await page.SetViewportSizeAsync(800, 640);
        await page.Locator("#f-application-category").ScrollIntoViewIfNeededAsync();
        await page.EvaluateAsync("() => window.scrollBy(0, -80)");
        await IntakeBrowser.ShootAsync(page, "04-application-receipt-error-field", fullPage: false);
        await page.SetViewportSizeAsync(1000, 900);
        await page.Locator("#f-application-receipt_number").FillAsync("MSC-23-090-00001");
        await ContinueAsync(page);
    }

    // Delay facts and harms, with the delay drawn.
    private static async Task DelayStepAsync(IPage page)
    {
        await Expect(page.Locator("h1")).ToHaveTextAsync("Step 5 of 8: Delay facts and harms");
        await page.Locator("#f-processing_time-posted_months").FillAsync("15.5");
        await page.Locator("#f-processing_time-checked_on").FillAsync("2026-05-18");
        await IntakeBrowser.PressAsync(page, "Add a harm");
        await page.Locator("#f-harms-0-kind").SelectOptionAsync("travel");
        await page.Locator("#f-harms-0-description").FillAsync("Mr. Okafor has not seen his ailing mother in Nigeria since 2022.");
        await page.Locator("#f-harms-0-petitioner_index").SelectOptionAsync("0");
        await IntakeBrowser.PressAsync(page, "Check this page");
        await Expect(page.Locator("svg.delay-picture")).ToBeVisibleAsync();
        await Expect(page.Locator("svg.delay-picture")).ToContainTextAsync("Filed 2023-03-31");
        await Expect(page.Locator("svg.delay-picture")).ToContainTextAsync("Biometrics 2023-05-09");
        await Expect(page.Locator("svg.delay-picture")).ToContainTextAsync("Posted processing time");
        await IntakeBrowser.ShootAsync(page, "05-delay");
        await ContinueAsync(page);
    }

    // Defendants and relief: the catalog's defendants, with their blanks filled from the receipt number (MSC: the
    // National Benefits Center) and the office that holds the file; an optional defendant whose blank nothing fills is
    // an error beside its title until it is removed; a prayer item of the petition's own.
    private static async Task ReliefStepAsync(IPage page)
    {
        await Expect(page.Locator("h1")).ToHaveTextAsync("Step 6 of 8: Defendants and relief");
        await Expect(page.Locator("#f-officials-0-title")).ToHaveValueAsync("Secretary of Homeland Security");
        await Expect(page.Locator("#f-officials-2-title")).ToHaveValueAsync("Director, National Benefits Center");
        await Expect(page.Locator("#f-officials-3-title")).ToHaveValueAsync("Field Office Director, USCIS Houston Field Office");
        await Expect(page.Locator("#f-officials-4-title")).ToHaveCountAsync(0);
        (await page.Locator("main").InnerTextAsync()).Should().NotContain("Director uscis", "every choice reads as words");

        await IntakeBrowser.PressAsync(page, "Add District Director, USCIS [District]");
        await Expect(page.Locator("#f-officials-4-title")).ToHaveValueAsync("District Director, USCIS [District]");
        await ContinueAsync(page);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Step 6 of 8: Defendants and relief");
        await Expect(page.Locator("#f-officials-4-title-issues")).ToContainTextAsync("The title still has a blank to fill in: “[District]”");
        await IntakeBrowser.PressAsync(page, "Remove defendant 5");
        await Expect(page.Locator("#f-officials-4-title")).ToHaveCountAsync(0);

        await page.Locator("#f-relief-decide_within_days").FillAsync("30");
        await page.Locator("#f-duty-description").FillAsync("to adjudicate the Forms I-485 within a reasonable time");
        await IntakeBrowser.PressAsync(page, "Add a request to the prayer");
        await page.Locator("#f-relief-requests-0").FillAsync("Order Defendants to report the status of the applications every 30 days until they are decided.");
        await IntakeBrowser.ShootAsync(page, "06-relief");
        await ContinueAsync(page);
    }

    // Signer.
    private static async Task SignerStepAsync(IPage page)
    {
        await Expect(page.Locator("h1")).ToHaveTextAsync("Step 7 of 8: Signer");
        await page.Locator("#f-signer-kind").SelectOptionAsync("attorney");
        await page.Locator("#f-signer-name").FillAsync("Rosa Delgado");
        await page.Locator("#f-signer-bar_number").FillAsync("00000101");
        await page.Locator("#f-signer-bar_state").FillAsync("TX");
        await page.Locator("#f-signer-address-lines-0").FillAsync("100 Example Street, Suite 5");
        await page.Locator("#f-signer-address-city").FillAsync("Houston");
        await page.Locator("#f-signer-address-state").FillAsync("TX");
        await page.Locator("#f-signer-address-postal_code").FillAsync("77002");
        await page.Locator("#f-signer-phone").FillAsync("713-555-0100");
        await page.Locator("#f-signer-email").FillAsync("rdelgado@example.org");
        await IntakeBrowser.ShootAsync(page, "07-signer");
        await ContinueAsync(page);
    }

    // Review: no error left, the checklist, and the downloads; returns the saved petition file.
    private static async Task<byte[]> ReviewAndDownloadAsync(IPage page)
    {
        await Expect(page.Locator("h1")).ToHaveTextAsync("Step 8 of 8: Review and download");
        await IntakeBrowser.ShootAsync(page, "08-review");
        await IntakeBrowser.ShootAsync(page, "08-review-top", fullPage: false);
        await page.SetViewportSizeAsync(800, 640);
        await page.Locator("#download-heading").ScrollIntoViewIfNeededAsync();
        await page.EvaluateAsync("() => document.getElementById('download-heading').scrollIntoView()");
        await IntakeBrowser.ShootAsync(page, "08-review-first-page", fullPage: false);
        await page.SetViewportSizeAsync(1000, 900);
        await Expect(page.Locator("#fix-heading + p")).ToHaveTextAsync("No errors: the petition can be drafted.");
        await Expect(page.Locator("table.checklist tbody tr").First).ToBeVisibleAsync();

        var docx = await DownloadAsync(page, "Download the complaint (.docx)");
        docx.Name.Should().Be("uscis-delay-draft-2026-06-01.docx");
        using (var document = WordprocessingDocument.Open(new MemoryStream(docx.Bytes), false))
        {
            var body = document.MainDocumentPart!.Document!.Body!.InnerText;
            body.Should().Contain("Chinedu Okafor").And.Contain("Adaeze Okafor").And.Contain("T.O.");
            body.Should().NotContain("Tobenna", "a minor is named by initials only");
            body.Should().Contain("Southern District of Texas".ToUpperInvariant()).And.Contain("HOUSTON DIVISION", "the court step named the division");
            body.Should().Contain("Rosa Delgado");
            body.Should().Contain("Field Office Director, USCIS Houston Field Office").And.NotContain("[City]").And.NotContain("[District]");
            body.Should().Contain("report the status of the applications every 30 days");
            // As with "I-485", the hyphen after the receipt's letters is Word's non-breaking one, which the run's text omits.
            body.Should().Contain("filed for Adaeze Okafor (receipt number MSC23-090-00002) and T.O. (receipt number MSC23-090-00003)",
                "each family member's own application is pleaded beside the name");
            // Word's non-breaking hyphen keeps "I-485" whole on the page; the text of the run has no hyphen character.
            body.Should().Contain("Defendants owe Plaintiffs the duty to adjudicate the Forms I");
            body.Should().NotContain("Federal Bureau of Investigation", "the FBI is named only on a deliberate choice");
            document.MainDocumentPart.HeaderParts.Select(h => h.Header!.InnerText).Should().Contain(t => t.Contains("ATTORNEY REVIEW DRAFT", StringComparison.Ordinal));
        }

        var packet = await DownloadAsync(page, "Download the filing packet (.zip)");
        using (var zip = new ZipArchive(new MemoryStream(packet.Bytes)))
        {
            zip.Entries.Select(e => e.Name).Should().Contain(n => n.EndsWith(".docx", StringComparison.Ordinal)).And.HaveCountGreaterThan(1);
        }

        var saved = await DownloadAsync(page, "Save the petition file (.json)");
        saved.Name.Should().Be("petition.json");
        var petition = PetitionJson.Read(System.Text.Encoding.UTF8.GetString(saved.Bytes));
        petition.Petitioners.Should().HaveCount(3);
        petition.Application.ReceiptNumber.Should().Be("MSC-23-090-00001");
        petition.Agency.Should().Be("U.S. Citizenship and Immigration Services");

        return saved.Bytes;
    }

    // A phone-width look at the same review, resumed from the saved file.
    private async Task PhoneReviewAsync(byte[] saved)
    {
        var phone = await browser.OpenAsync(390);
        await phone.Locator("#upload").SetInputFilesAsync(new FilePayload { Name = "petition.json", MimeType = "application/json", Buffer = saved });
        await IntakeBrowser.PressAsync(phone, "Resume");
        await Expect(phone.Locator("h1")).ToHaveTextAsync("Step 8 of 8: Review and download");
        await IntakeBrowser.ShootAsync(phone, "09-review-phone", fullPage: false);
        (await phone.EvaluateAsync<int>("document.documentElement.scrollWidth")).Should().BeLessThanOrEqualTo(390, "nothing should scroll sideways on a phone");
    }

    private static Task ContinueAsync(IPage page) => IntakeBrowser.PressAsync(page, "Save and continue");

    private static async Task FillPetitionerAsync(IPage page, int i, string name, string role, string aNumber, string born)
    {
        await page.Locator($"#f-petitioners-{i}-name").FillAsync(name);
        await page.Locator($"#f-petitioners-{i}-role").SelectOptionAsync(role);
        await page.Locator($"#f-petitioners-{i}-a_number").FillAsync(aNumber);
        await page.Locator($"#f-petitioners-{i}-date_of_birth").FillAsync(born);
        await page.Locator($"#f-petitioners-{i}-residence-lines-0").FillAsync("4100 Sample Lane");
        await page.Locator($"#f-petitioners-{i}-residence-city").FillAsync("Houston");
        await page.Locator($"#f-petitioners-{i}-residence-county").FillAsync("Harris");
        await page.Locator($"#f-petitioners-{i}-residence-state").FillAsync("TX");
        await page.Locator($"#f-petitioners-{i}-residence-postal_code").FillAsync("77036");
        await page.Locator($"#f-petitioners-{i}-residence_district").SelectOptionAsync("txsd");
    }

    private static async Task<(string Name, byte[] Bytes)> DownloadAsync(IPage page, string button)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync());
        await using var stream = await download.CreateReadStreamAsync();
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return (download.SuggestedFilename, copy.ToArray());
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}

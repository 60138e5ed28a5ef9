using PetitionKit.Validation;

namespace PetitionKit.Tests.Validation;

public sealed class PrivacyScannerTests
{
    [Theory]
    [InlineData("SSN 123-45-6789 on file.", "123-45-6789")]
    [InlineData("SSN 123 45 6789.", "123 45 6789")]
    [InlineData("Tax id 123456789.", "123456789")]
    [InlineData("SSN ١٢٣-٤٥-٦٧٨٩ in Arabic-Indic digits.", "١٢٣-٤٥-٦٧٨٩")]
    public void Scan_FullSsn_IsFound(string text, string expected)
    {
        var finding = PrivacyScanner.Scan(text).Should().ContainSingle().Subject;

        finding.Kind.Should().Be(PrivacyFindingKind.Ssn);
        text.Substring(finding.Start, finding.Length).Should().Be(expected);
        finding.Message.Should().NotContain(expected);
    }

    [Theory]
    [InlineData("/s/ Jordan Ellis\nJordan Ellis\nBar No. 000000201 (NJ)")]
    [InlineData("Attorney bar number: 123456789")]
    [InlineData("Bar #123-45-6789")]
    public void Scan_NineDigitsLabelledAsABarNumber_IsNotAnSsn(string text)
    {
        PrivacyScanner.Scan(text).Should().BeEmpty("a signature block prints the attorney's bar number, which Rule 5.2 does not cover");
    }

    [Fact]
    public void Scan_SsnAfterABarNumber_IsStillFound()
    {
        var finding = PrivacyScanner.Scan("Bar No. 000000201. Client SSN 123-45-6789.").Should().ContainSingle().Subject;

        finding.Kind.Should().Be(PrivacyFindingKind.Ssn);
        finding.Start.Should().Be(30);
    }

    [Theory]
    [InlineData("Account 1234567890123 at the bank.", "1234567890123")]
    [InlineData("Card 4111 1111 1111 1111 was charged.", "4111 1111 1111 1111")]
    public void Scan_LongDigitRun_IsAnAccountNumber(string text, string expected)
    {
        var finding = PrivacyScanner.Scan(text).Should().ContainSingle().Subject;

        finding.Kind.Should().Be(PrivacyFindingKind.AccountNumber);
        text.Substring(finding.Start, finding.Length).Should().Be(expected);
    }

    [Theory]
    [InlineData("Plaintiff was born on April 9, 1985.", "April 9, 1985")]
    [InlineData("DOB: 04/09/1985", "04/09/1985")]
    [InlineData("Date of birth 1985-04-09.", "1985-04-09")]
    [InlineData("born 9 April 1985", "9 April 1985")]
    [InlineData("She was born Sept. 9 1985 in Oaxaca.", "Sept. 9 1985")]
    [InlineData("Birth date: apr 9, 1985", "apr 9, 1985")]
    [InlineData("She was born in Lagos, Nigeria, on 9 April 1985.", "9 April 1985")]
    [InlineData("(born on 04/09/1985)", "04/09/1985")]
    public void Scan_DateNextToABirthWord_IsADateOfBirth(string text, string expected)
    {
        var finding = PrivacyScanner.Scan(text).Should().ContainSingle().Subject;

        finding.Kind.Should().Be(PrivacyFindingKind.DateOfBirth);
        text.Substring(finding.Start, finding.Length).Should().Be(expected);
    }

    [Theory]
    [InlineData("On 04/09/1985 something happened.", "04/09/1985")]
    [InlineData("On April 9, 1985 something happened.", "April 9, 1985")]
    [InlineData("On 9 Apr. 1985 something happened.", "9 Apr. 1985")]
    public void Scan_KnownBirthDateWithoutContext_IsFoundWhole(string text, string expected)
    {
        var finding = PrivacyScanner.Scan(text, [new DateOnly(1985, 4, 9)]).Should().ContainSingle().Subject;

        finding.Kind.Should().Be(PrivacyFindingKind.DateOfBirth);
        text.Substring(finding.Start, finding.Length).Should().Be(expected);
    }

    [Fact]
    public void Scan_KnownBirthDateWithoutContext_IsFound()
    {
        var findings = PrivacyScanner.Scan("On 04/09/1985 something happened.", [new DateOnly(1985, 4, 9)]);

        findings.Should().ContainSingle().Which.Kind.Should().Be(PrivacyFindingKind.DateOfBirth);
    }

    [Theory]
    [InlineData("The I-130 was filed on March 1, 2022, receipt EAC2212345678.")]
    [InlineData("Plaintiff's A-number is A123456789; SSN ending 6789; born in 1985.")]
    [InlineData("Call 415-555-0199 or (510) 555-0100.")]
    [InlineData("Redacted: XXX-XX-6789.")]
    [InlineData("Code é123-45-6789 is part of a word.")]
    [InlineData("Decided 04/09/1990, which is not a birth date.")]
    [InlineData("Their son, born in 2019, was added; the RFE response was sent on March 3, 2024.")]
    [InlineData("After the baby was born, counsel sent the RFE response on 03/03/2024.")]
    [InlineData("The birth certificate went with the RFE response on March 3, 2024.")]
    public void Scan_OrdinaryDraftText_FindsNothing(string text)
    {
        PrivacyScanner.Scan(text, [new DateOnly(1985, 4, 9)]).Should().BeEmpty();
    }

    [Fact]
    public void Scan_SeveralFindings_ComeInTextOrder()
    {
        var findings = PrivacyScanner.Scan("born 01/02/1990, SSN 123-45-6789, account 99998888777766");

        findings.Select(f => f.Kind).Should().Equal(PrivacyFindingKind.DateOfBirth, PrivacyFindingKind.Ssn, PrivacyFindingKind.AccountNumber);
    }
}

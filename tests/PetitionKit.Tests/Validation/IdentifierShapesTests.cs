using PetitionKit.Validation;

namespace PetitionKit.Tests.Validation;

public sealed class IdentifierShapesTests
{
    [Theory]
    [InlineData("SSN 123-45-6789.", true, false)]
    [InlineData("SSN 123 45 6789.", true, false)]
    [InlineData("(123456789)", true, false)]
    [InlineData("Account 1234567890123.", false, true)]
    [InlineData("Card 4111-1111-1111-1111.", false, true)]
    [InlineData("SSN ١٢٣-٤٥-٦٧٨٩", true, false)]
    public void Read_NumberShapedLikeAnIdentifier_SaysItMayBeOne(string text, bool ssn, bool account)
    {
        IdentifierShapes.Read(text).Should().Be(new IdentifierShapes(ssn, account));
    }

    [Theory]
    [InlineData("Receipt EAC2212345678, A-number A123456789, filed March 1, 2022.")]
    [InlineData("Call 415-555-0199 or (510) 555-0100; see 8 U.S.C. § 1447(b) and 28 U.S.C. § 1361.")]
    [InlineData("SSN ending 6789; case no. 3:26-cv-01234.")]
    [InlineData("")]
    public void Read_OrdinaryDraftText_NeedsNoIdentifierPass(string text)
    {
        IdentifierShapes.Read(text).Should().Be(new IdentifierShapes(false, false));
    }
}

using PetitionKit.Model;
using PetitionKit.Tests.Model;
using PetitionKit.Validation;
using PetitionKit.Word.Diagnostics;

namespace PetitionKit.Tests.Validation;

/// <summary>Agency numbers hold ASCII digits only: other scripts' digits are refused as malformed, at their path,
/// instead of passing the shape check and failing later.</summary>
public sealed class NonAsciiDigitsTests
{
    private static readonly Petition Complete = SamplePetitions.Complete();

    [Theory]
    [InlineData("EAC٢٢١٢٣٤٥٦٧٨")]
    [InlineData("EAC२२१२३४५६७८")]
    public void Validate_ReceiptNumberWithOtherScriptsDigits_ReportsPK1010(string receipt)
    {
        var petition = Complete with { Application = Complete.Application with { ReceiptNumber = receipt } };

        var issues = PetitionValidator.Validate(petition, SamplePetitions.AsOf, FakeCatalog.Instance).Issues;

        issues.Should().ContainSingle().Which.Should().Match<Diagnostic>(i => i.Code == "PK1010" && i.Path == "application.receipt_number");
        ReceiptNumber.TryParse(receipt, out _).Should().BeFalse();
    }

    [Fact]
    public void Validate_ANumberWithArabicIndicDigits_ReportsPK1013()
    {
        var petition = Complete with { Petitioners = [Complete.Petitioners[0], Complete.Petitioners[1] with { ANumber = "A١٢٣٤٥٦٧٨٩" }] };

        var issues = PetitionValidator.Validate(petition, SamplePetitions.AsOf, FakeCatalog.Instance).Issues;

        issues.Should().ContainSingle().Which.Should().Match<Diagnostic>(i => i.Code == "PK1013" && i.Path == "petitioners[1].a_number");
    }
}

using PetitionKit.Word.Functions;

namespace PetitionKit.Tests.Rendering;

public sealed class ClauseTextTests
{
    [Theory]
    [InlineData("The office transferred the file.", "the office transferred the file")]
    [InlineData("Counsel submitted a case inquiry.", "counsel submitted a case inquiry")]
    [InlineData("All three applicants attended biometrics.", "all three applicants attended biometrics")]
    [InlineData("USCIS requested evidence.", "USCIS requested evidence")]
    [InlineData("Mr. Okafor sent the response;", "Mr. Okafor sent the response")]
    [InlineData("Ms. Reyes asked about the delay", "Ms. Reyes asked about the delay")]
    [InlineData("  case is pending; no date given. ", "case is pending; no date given")]
    [InlineData("The applicant moved to the U.S.", "the applicant moved to the U.S.")]
    [InlineData("They wrote to Example Co.", "they wrote to Example Co.")]
    [InlineData("THE OFFICE replied.", "THE OFFICE replied")]
    [InlineData(null, "")]
    public void Clause_FreeTextSentence_FitsAfterADate(string? text, string expected) =>
        ClauseText.Clause(text).Should().Be(expected);

    [Theory]
    [InlineData("Nebraska Service Center", "the Nebraska Service Center")]
    [InlineData("The Houston Field Office", "the Houston Field Office")]
    [InlineData("U.S. Embassy in Ankara", "the U.S. Embassy in Ankara")]
    public void WithArticle_OfficeName_TakesTheOnce(string name, string expected) =>
        ClauseText.WithArticle(name).Should().Be(expected);

    [Theory]
    [InlineData(1, "once")]
    [InlineData(2, "twice")]
    [InlineData(3, "three times")]
    public void Times_Count_ReadsAsWords(long count, string expected) =>
        ClauseText.Times(count).Should().Be(expected);

    [Theory]
    [InlineData("Plaintiff", "Plaintiff's")]
    [InlineData("Plaintiffs", "Plaintiffs'")]
    [InlineData("U.S. Citizenship and Immigration Services", "U.S. Citizenship and Immigration Services'")]
    [InlineData("U.S. Customs and Border Protection", "U.S. Customs and Border Protection's")]
    [InlineData("  Defendants ", "Defendants'")]
    public void Possessive_Name_NeverReadsServicesS(string name, string expected) =>
        ClauseText.Possessive(name).Should().Be(expected);
}

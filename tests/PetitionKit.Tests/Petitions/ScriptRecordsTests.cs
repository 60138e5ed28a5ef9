using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using PetitionKit.Catalogs;
using PetitionKit.Deadlines;
using PetitionKit.Json;
using PetitionKit.Model;
using PetitionKit.Petitions;
using PetitionKit.Tests.GoldenText;
using PetitionKit.Tests.Model;
using PetitionKit.Word.Rendering;
using Scriban.Runtime;

namespace PetitionKit.Tests.Petitions;

/// <summary>The template view is made from the records directly, and templates see exactly what they saw when it was made
/// through JSON text: the same names in the same order, the same values of the same types (a whole number as a long, 12.0
/// as the decimal that prints "12.0"), a null left out of the petition but kept in the analysis. The JSON round trip stays
/// here as the oracle.</summary>
public sealed class ScriptRecordsTests
{
    // What the analysis and catalog entries were serialized with before they were made directly.
    private static readonly JsonSerializerOptions ViewOptions = new()
    {
        TypeInfoResolver = ViewJsonContext.Default,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static TheoryData<string> Petitions()
    {
        var names = new TheoryData<string>();
        foreach (var golden in GoldenCase.All().Where(c => !File.Exists(c.ExpectedErrorsPath)))
        {
            names.Add(golden.Name);
        }

        return names;
    }

    [Theory]
    [MemberData(nameof(Petitions))]
    public void ToObject_GoldenPetition_IsWhatItsJsonTextGave(string name)
    {
        var golden = GoldenCase.Named(name);
        using var file = File.OpenRead(golden.PetitionPath);
        var petition = PetitionJson.Read(file);

        Describe(ScriptRecords.ToObject(petition, PetitionJsonContext.Default.Petition)).Should().Be(Describe(ThroughJson(petition)));
        var analysis = DelayCalculator.Summarize(petition, golden.AsOf);
        Describe(ViewJson.ToScript(analysis)).Should().Be(Describe(ThroughJson(analysis)));
    }

    [Theory]
    [InlineData("12")]
    [InlineData("12.0")]
    [InlineData("10.50")]
    [InlineData("0.0001")]
    public void ToObject_DecimalMonths_KeepTheScaleTheJsonTextHad(string months)
    {
        var petition = SamplePetitions.Complete() with
        {
            ProcessingTime = new ProcessingTime { PostedMonths = decimal.Parse(months, CultureInfo.InvariantCulture), CheckedOn = new DateOnly(2025, 5, 30) },
        };

        var view = ScriptRecords.ToObject(petition, PetitionJsonContext.Default.Petition);

        var posted = view["processing_time"].Should().BeOfType<ScriptObject>().Subject["posted_months"];
        Convert.ToString(posted, CultureInfo.InvariantCulture).Should().Be(months);
        Describe(view).Should().Be(Describe(ThroughJson(petition)));
    }

    [Fact]
    public void ToScript_EveryCaseTypeProfileAndDistrict_IsWhatItsJsonTextGave()
    {
        foreach (var profile in CaseTypeCatalog.All)
        {
            Describe(ViewJson.ToScript(profile)).Should().Be(Describe(ThroughJson(profile)), profile.DisplayName);
        }

        foreach (var district in FederalDistricts.All)
        {
            Describe(ViewJson.ToScript(district)).Should().Be(Describe(ThroughJson(district)), district.Name);
        }
    }

    [Fact]
    public void ToObject_ReplacedMember_KeepsItsPlaceAndIsNotConverted()
    {
        var petition = SamplePetitions.Complete();
        var given = new ScriptArray { "given" };

        var view = ScriptRecords.ToObject(petition, PetitionJsonContext.Default.Petition, new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["petitioners"] = given,
        });

        view["petitioners"].Should().BeSameAs(given);
        view.Keys.Should().Equal(ThroughJson(petition).Keys);
    }

    private static ScriptObject ThroughJson(Petition petition)
    {
        using var json = JsonDocument.Parse(PetitionJson.Write(petition));
        return JsonData.ToObject(json.RootElement);
    }

    private static object? ThroughJson<T>(T value)
    {
        using var json = JsonSerializer.SerializeToDocument(value, ViewOptions);
        return JsonData.ToScript(json.RootElement);
    }

    // One line per value, with its path and its .NET type, so a difference names the member and what changed.
    private static string Describe(object? value)
    {
        var text = new StringBuilder();
        Describe(value, "$", text);
        return text.ToString();
    }

    private static void Describe(object? value, string path, StringBuilder text)
    {
        switch (value)
        {
            case ScriptObject members:
                text.Append(path).Append(" {").Append(string.Join(",", members.Keys)).Append("}\n");
                foreach (var (key, member) in members)
                {
                    Describe(member, path + "." + key, text);
                }

                break;
            case ScriptArray items:
                text.Append(path).Append(" [").Append(items.Count.ToString(CultureInfo.InvariantCulture)).Append("]\n");
                for (var i = 0; i < items.Count; i++)
                {
                    Describe(items[i], string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]"), text);
                }

                break;
            default:
                text.Append(path).Append(' ').Append(value?.GetType().Name ?? "null").Append(' ')
                    .Append(Convert.ToString(value, CultureInfo.InvariantCulture)).Append('\n');
                break;
        }
    }
}

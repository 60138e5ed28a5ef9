using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PetitionKit.Benchmarks;

/// <summary>Realistic, fictional petition data for the benchmark templates (no real person; privacy-safe fields only).</summary>
internal static class ComplaintData
{
    private static readonly DateOnly Filed = new(2024, 2, 14);

    private static readonly string[] Events =
    [
        "Receipt notice issued",
        "Biometrics appointment notice issued",
        "Biometrics taken at the Application Support Center",
        "Case status inquiry submitted online",
        "Congressional inquiry opened by the Member's office",
        "Agency reply: case is within normal processing times",
        "Counsel letter requesting a decision & status update",
        "Ombudsman case assistance request submitted",
    ];

    /// <summary>The complaint's data with a given number of timeline rows, as JSON text.</summary>
    public static string Json(int timelineRows = 20)
    {
        var root = new JsonObject
        {
            ["petitioner"] = new JsonObject
            {
                ["name"] = "Amara N. Okonkwo-Reyes",
                ["country"] = "Nigeria",
                ["city"] = "Silver Spring",
                ["state"] = "Maryland",
            },
            ["court"] = new JsonObject
            {
                ["name"] = "UNITED STATES DISTRICT COURT",
                ["district"] = "District of Maryland",
                ["division"] = "Southern",
            },
            ["matter"] = new JsonObject
            {
                ["number"] = "8:26-cv-01234",
                ["form"] = "I-485",
                ["form_title"] = "Application to Register Permanent Residence or Adjust Status",
                ["receipt_number"] = "MSC2490123456",
                ["filed_on"] = Long(Filed),
                ["days_pending"] = 840,
                ["service_center"] = "National Benefits Center",
                ["asc_office"] = "Baltimore Application Support Center",
                ["biometrics_on"] = Long(Filed.AddDays(41)),
                ["published_time"] = "14.5 months",
                ["expedite_requested"] = true,
                ["expedite_on"] = Long(Filed.AddDays(400)),
                ["expedite_reason"] = "the petitioner's employment authorization was about to lapse",
                ["expedite_denied_on"] = Long(Filed.AddDays(431)),
            },
            ["agency"] = new JsonObject
            {
                ["name"] = "U.S. Citizenship and Immigration Services",
                ["short"] = "USCIS",
            },
            ["director"] = new JsonObject { ["name"] = "Jordan Example", ["title"] = "Director of U.S. Citizenship and Immigration Services" },
            ["secretary"] = new JsonObject { ["name"] = "Casey Placeholder", ["title"] = "Secretary of Homeland Security" },
            ["harm"] = new JsonObject
            {
                ["summary"] = "travelling to see a parent who is seriously ill",
                ["detail"] = "lost job offers that required proof of permanent residence <and> mounting legal costs",
            },
            ["relief"] = new JsonObject { ["days"] = 60 },
            ["counsel"] = new JsonObject
            {
                ["name"] = "Dana Whitfield",
                ["firm"] = "Rivera & Okafor Immigrant Legal Services",
                ["address"] = "1100 Example Avenue, Suite 400, Baltimore, MD 21201",
                ["bar_number"] = "MD-30518",
                ["phone"] = "(410) 555-0142",
                ["email"] = "dwhitfield@example.org",
            },
            ["signature"] = new JsonObject { ["date"] = "June 3, 2026" },
            ["inquiries"] = Inquiries(),
            ["timeline"] = Timeline(timelineRows),
        };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }

    private static JsonArray Inquiries()
    {
        var channels = new[] { "the online case status tool", "telephone", "letter", "a congressional office", "the Ombudsman", "e-mail" };
        var result = new JsonArray();
        for (var i = 0; i < channels.Length; i++)
        {
            result.Add(new JsonObject
            {
                ["date"] = Long(Filed.AddDays(200 + (i * 90))),
                ["by"] = i % 2 == 0 ? "Petitioner" : "counsel",
                ["channel"] = channels[i],
                ["reference"] = string.Create(CultureInfo.InvariantCulture, $"INQ-{2024 + (i / 3)}-{4410 + (i * 37)}"),
                ["response"] = i % 3 == 0 ? "the case is within normal processing times" : "no response was received",
            });
        }

        return result;
    }

    private static JsonArray Timeline(int rows)
    {
        var result = new JsonArray();
        for (var i = 0; i < rows; i++)
        {
            result.Add(new JsonObject
            {
                ["date"] = Long(Filed.AddDays(i * 37 % 3650)),
                ["event"] = Events[i % Events.Length],
                ["reference"] = string.Create(CultureInfo.InvariantCulture, $"MSC24{90123456 + i:D8}"),
            });
        }

        return result;
    }

    private static string Long(DateOnly date) => date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);
}

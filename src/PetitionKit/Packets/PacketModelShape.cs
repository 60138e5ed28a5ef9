using PetitionKit.Petitions;
using PetitionKit.Word.Checking;

namespace PetitionKit.Packets;

/// <summary>What a packet document's template sees: the complaint's view (<see cref="PetitionModelShape"/>) plus
/// <c>packet</c> (<see cref="PacketFacts"/>). Packet templates are checked against it, so a misspelt path fails a test
/// instead of leaving a gap in a summons.</summary>
internal static class PacketModelShape
{
    private static readonly Lazy<DataShape> Shared = new(Build);

    public static DataShape Root => Shared.Value;

    private static DataShape Build()
    {
        var defendant = Defendant("packet.defendants[]");
        return PetitionModelShape.Root.With(
        [
            KeyValuePair.Create("packet", DataShape.Object("packet",
            [
                Value("packet", "is_foia"),
                Value("packet", "answer_days"),
                Value("packet", "answer_authority"),
                Value("packet", "nature_of_suit_code"),
                Value("packet", "nature_of_suit_name"),
                KeyValuePair.Create("cause_authorities", DataShape.List("packet.cause_authorities", DataShape.Value("packet.cause_authorities[]"))),
                Value("packet", "first_plaintiff_abroad"),
                Value("packet", "first_plaintiff_county"),
                Value("packet", "is_ddc"),
                Value("packet", "us_attorney_office"),
                Value("packet", "us_attorney_address"),
                KeyValuePair.Create("attorney_general", Address("packet.attorney_general")),
                KeyValuePair.Create("defendants", DataShape.List("packet.defendants", defendant)),
                KeyValuePair.Create("summoned", Defendant("packet.summoned")),
                KeyValuePair.Create("deadlines", DataShape.List("packet.deadlines", DataShape.Object("packet.deadlines[]",
                [
                    Value("packet.deadlines[]", "event"), Value("packet.deadlines[]", "authority"), Value("packet.deadlines[]", "days"),
                    Value("packet.deadlines[]", "counted_from"), Value("packet.deadlines[]", "due"),
                ]))),
                KeyValuePair.Create("declarant", DataShape.Object("packet.declarant", [Value("packet.declarant", "name"), Value("packet.declarant", "abroad")])),
            ])),
        ]);
    }

    private static DataShape Defendant(string path) => DataShape.Object(path,
    [
        Value(path, "title"), Value(path, "agency"), Value(path, "is_agency"), Value(path, "person_name"), Value(path, "name_as_of"),
        Value(path, "caption_name"), KeyValuePair.Create("address", Address(path + ".address")), Value(path, "officer_at_dhs_counsel"),
    ]);

    private static DataShape Address(string path) => DataShape.Object(path,
    [
        KeyValuePair.Create("lines", DataShape.List(path + ".lines", DataShape.Value(path + ".lines[]"))),
        Value(path, "known"), Value(path, "flag"), Value(path, "source"), Value(path, "note"),
    ]);

    private static KeyValuePair<string, DataShape> Value(string parent, string name) => KeyValuePair.Create(name, DataShape.Value(parent + "." + name));
}

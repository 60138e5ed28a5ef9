namespace PetitionKit.Model;

/// <summary>How an adult brings a minor's claim. JSON and templates: the member name in snake_case.</summary>
public enum RepresentativeCapacity
{
    /// <summary>As next friend.</summary>
    NextFriend = 1,

    /// <summary>As the minor's general guardian.</summary>
    Guardian,
}

using System.Reflection;
using System.Text.Json;

namespace PetitionKit.Json;

/// <summary>The one naming rule for JSON properties and template paths: System.Text.Json's snake_case_lower. Scriban's
/// standard renamer turns <c>ANumber</c> into <c>anumber</c>, not <c>a_number</c>, so a template context must use this
/// method as its member renamer for template paths to equal JSON paths.</summary>
internal static class TemplateNames
{
    public static string Rename(MemberInfo member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return Of(member.Name);
    }

    public static string Of(string memberName) => JsonNamingPolicy.SnakeCaseLower.ConvertName(memberName);
}

using System.Text.Json.Serialization;
using PetitionKit.Word.Diagnostics;

namespace PetitionKit.Validation;

/// <summary>Every issue that stopped a draft, as an RFC 7807 problem ("problem details"): a status, a title, a detail
/// that says nothing was drafted, and the extension member <c>issues</c> with each issue's code, severity, path and
/// message. Serialized as it stands, or handed to ASP.NET Core in one call:
/// <c>TypedResults.Problem(p.Detail, statusCode: p.Status, title: p.Title, extensions: p.Extensions)</c>.</summary>
/// <remarks>Immutable. It carries what the issues say and nothing else of the petition.</remarks>
public sealed class PetitionProblem
{
    /// <summary>The detail every problem carries: the request can be fixed and sent again.</summary>
    public const string NothingDrafted = "Nothing was drafted. Fix every issue listed under 'issues' and send the petition again.";

    /// <summary>Initializes a new instance of the <see cref="PetitionProblem"/> class.</summary>
    /// <param name="status">The HTTP status the problem answers with, such as 400 for a petition that is not valid.</param>
    /// <param name="title">A short summary that is the same for every problem of its kind.</param>
    /// <param name="issues">The issues, errors and warnings, in the order found.</param>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> or <paramref name="issues"/> is null.</exception>
    public PetitionProblem(int status, string title, IEnumerable<Diagnostic> issues)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(issues);
        Status = status;
        Title = title;
        Issues = [.. issues.Select(ProblemIssue.From)];
        Extensions = new Dictionary<string, object?>(StringComparer.Ordinal) { ["issues"] = Issues };
    }

    /// <summary>Gets the HTTP status.</summary>
    [JsonPropertyName("status")]
    [JsonPropertyOrder(1)]
    public int Status { get; }

    /// <summary>Gets the short summary.</summary>
    [JsonPropertyName("title")]
    [JsonPropertyOrder(0)]
    public string Title { get; }

    /// <summary>Gets what the client can do: fix every issue and send the petition again.</summary>
    [JsonPropertyName("detail")]
    [JsonPropertyOrder(2)]
    public string Detail => NothingDrafted;

    /// <summary>Gets every issue, in the order found.</summary>
    [JsonPropertyName("issues")]
    [JsonPropertyOrder(3)]
    public IReadOnlyList<ProblemIssue> Issues { get; }

    /// <summary>Gets the problem's extension members (<c>issues</c>), for a framework's own problem type such as ASP.NET
    /// Core's <c>ProblemDetails</c>.</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, object?> Extensions { get; }
}

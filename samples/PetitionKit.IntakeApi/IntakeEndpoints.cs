using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PetitionKit.Json;
using PetitionKit.Model;
using PetitionKit.Templates;
using PetitionKit.Validation;
using PetitionKit.Word;
using PetitionKit.Word.Diagnostics;

namespace PetitionKit.IntakeApi;

/// <summary>The intake endpoints: <c>POST /drafts</c> turns a petition into a draft and <c>GET /templates</c> lists the
/// built-in templates. The handlers are plain functions so they can be tested without a server.</summary>
public static class IntakeEndpoints
{
    /// <summary>The media type of a Word document.</summary>
    public const string DocxContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>The largest request body accepted: a petition is a few kilobytes, and anything near this is not a petition.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    /// <summary>Maps the endpoints onto the application.</summary>
    public static void Map(IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // The handler reads the body itself (to answer 415 and 413 with its own problems before reading it), so the
        // OpenAPI document is told what the body is by a transformer: an Accepts<Petition> would let routing refuse a
        // non-JSON body first, with a bare 415 that names nothing.
        app.MapPost("/drafts", (HttpRequest request, [FromQuery(Name = "as_of")] string? asOf, TimeProvider clock, RenderLimits limits, CancellationToken cancellationToken) =>
            DraftRequestAsync(request, asOf, clock, limits, cancellationToken))
            .WithName("draft")
            .WithSummary("Drafts a petition with the built-in template for its case type.")
            .WithDescription("The body is a petition (schema/petition.schema.json). A refused petition is a problem whose issues each carry a PK code, a path and a message.")
            .AddOpenApiOperationTransformer(PetitionSchemaLink.DescribeBodyAsync)
            .Produces<byte[]>(StatusCodes.Status200OK, DocxContentType)
            .AddOpenApiOperationTransformer(PetitionSchemaLink.DescribeReportAnswerAsync)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        app.MapGet("/templates", Templates)
            .WithName("templates")
            .WithSummary("Lists the built-in templates and the case types each drafts.");
        app.MapGet(PetitionSchemaLink.Path, () => TypedResults.Stream(PetitionSchema.OpenRead(), "application/schema+json"))
            .WithName("petition_schema")
            .WithSummary("The JSON Schema of a petition, as the PetitionKit package ships it.");
    }

    /// <summary>Checks what the request says it sends before reading it: JSON only (415 otherwise), and not larger than
    /// <see cref="MaxBodyBytes"/> (413), then drafts it.</summary>
    /// <param name="request">The request.</param>
    /// <param name="asOf">The date the draft speaks as of (yyyy-mm-dd); today in UTC when absent.</param>
    /// <param name="clock">Gives today when <paramref name="asOf"/> is absent.</param>
    /// <param name="limits">The render limits the service drafts under.</param>
    /// <param name="cancellationToken">Stops the draft.</param>
    /// <returns>The .docx, or an RFC 7807 problem with a 4xx status.</returns>
    public static async Task<Results<FileContentHttpResult, Ok<DraftWithReport>, ProblemHttpResult>> DraftRequestAsync(HttpRequest request, string? asOf, TimeProvider clock, RenderLimits limits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!IsJson(request.ContentType))
        {
            return Problem(StatusCodes.Status415UnsupportedMediaType, "The request body must be JSON.",
                [new Diagnostic(DiagnosticCodes.RequestNotJson, DiagnosticSeverity.Error, "content_type", $"Send the petition with Content-Type: application/json, not '{request.ContentType ?? "(none)"}'.")]);
        }

        if (request.ContentLength > MaxBodyBytes)
        {
            return TooLarge();
        }

        try
        {
            return await DraftAsync(request.Body, asOf, clock, limits, WantsReport(request), cancellationToken).ConfigureAwait(false);
        }
        catch (BadHttpRequestException ex)
        {
            // The server's own refusal while the body was read, such as a body past its size limit sent without a length.
            return ex.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? TooLarge()
                : Problem(ex.StatusCode, "The request could not be read.", [new Diagnostic(DiagnosticCodes.RequestUnreadable, DiagnosticSeverity.Error, "body", ex.Message)]);
        }
    }

    /// <summary>Lists the built-in templates with the case types each drafts.</summary>
    public static Ok<IReadOnlyList<TemplateSummary>> Templates()
    {
        var caseTypes = Enum.GetValues<CaseType>();
        IReadOnlyList<TemplateSummary> templates = [.. BuiltInTemplates.All.Select(id => new TemplateSummary(
            id,
            [.. caseTypes.Where(c => string.Equals(BuiltInTemplates.ForCaseType(c), id, StringComparison.Ordinal))
                .Select(c => JsonNamingPolicy.SnakeCaseLower.ConvertName(c.ToString()))]))];
        return TypedResults.Ok(templates);
    }

    /// <summary>Drafts the petition in <paramref name="body"/> with the built-in template for its case type.</summary>
    /// <param name="body">The petition JSON.</param>
    /// <param name="asOf">The date the draft speaks as of (yyyy-mm-dd); today in UTC when absent.</param>
    /// <param name="clock">Gives today when <paramref name="asOf"/> is absent.</param>
    /// <param name="limits">The render limits the service drafts under.</param>
    /// <param name="cancellationToken">Stops the draft.</param>
    /// <returns>The .docx, or an RFC 7807 problem whose <c>issues</c> list every problem: 400 for the petition, 422 for a
    /// render the limits stopped.</returns>
    public static Task<Results<FileContentHttpResult, Ok<DraftWithReport>, ProblemHttpResult>> DraftAsync(Stream body, string? asOf, TimeProvider clock, RenderLimits limits, CancellationToken cancellationToken) =>
        DraftAsync(body, asOf, clock, limits, withReport: false, cancellationToken);

    /// <summary>Drafts the petition in <paramref name="body"/>, answering the .docx alone or, with
    /// <paramref name="withReport"/>, the .docx with its render report (<see cref="DraftWithReport"/>).</summary>
    /// <param name="body">The petition JSON.</param>
    /// <param name="asOf">The date the draft speaks as of (yyyy-mm-dd); today in UTC when absent.</param>
    /// <param name="clock">Gives today when <paramref name="asOf"/> is absent.</param>
    /// <param name="limits">The render limits the service drafts under.</param>
    /// <param name="withReport">Whether to answer JSON holding the draft and its report.</param>
    /// <param name="cancellationToken">Stops the draft.</param>
    /// <returns>The draft, or an RFC 7807 problem as <see cref="DraftAsync(Stream, string?, TimeProvider, RenderLimits, CancellationToken)"/> gives.</returns>
    public static async Task<Results<FileContentHttpResult, Ok<DraftWithReport>, ProblemHttpResult>> DraftAsync(Stream body, string? asOf, TimeProvider clock, RenderLimits limits, bool withReport, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(limits);
        DateOnly date;
        if (asOf is null)
        {
            date = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        }
        else if (!DateOnly.TryParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return Problem("The as_of query parameter is not a date.", [new Diagnostic(DiagnosticCodes.AsOfNotADate, DiagnosticSeverity.Error, "as_of", $"'{asOf}' is not a date in the form yyyy-mm-dd.")]);
        }

        using var buffer = new MemoryStream();
        if (!await CopyLimitedAsync(body, buffer, cancellationToken).ConfigureAwait(false))
        {
            return TooLarge();
        }

        buffer.Position = 0;
        Petition petition;
        try
        {
            petition = PetitionJson.Read(buffer);
        }
        catch (PetitionValidationException ex)
        {
            return Problem(ex.Report.ToProblem("The request body is not a petition."));
        }

        var report = PetitionValidator.Validate(petition, date);
        if (report.HasErrors)
        {
            return Problem(report.ToProblem());
        }

        if (BuiltInTemplates.ForCaseType(petition.CaseType) is not { } id)
        {
            return Problem("No built-in template drafts this case type.", [new Diagnostic(DiagnosticCodes.NoBuiltInTemplate, DiagnosticSeverity.Error, "case_type", $"No built-in template drafts {petition.CaseType}; see GET /templates.")]);
        }

        using var draft = new MemoryStream();
        RenderReport rendered;
        try
        {
            rendered = await PetitionDrafter.DraftAsync(petition, BuiltInTemplates.Get(id), draft, new RenderOptions { AsOf = date, Limits = limits }, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (PetitionValidationException ex)
        {
            return Problem(ex.Report.ToProblem("The petition cannot be drafted."));
        }
        catch (TemplateException ex)
        {
            // The petition is valid, but its draft ran past a render limit (time, output size) or the template was
            // refused: the request cannot be processed as sent, which is the client's 422, not the service's 500.
            return Problem(StatusCodes.Status422UnprocessableEntity, "The draft could not be rendered.", ex.Diagnostics);
        }

        return Answer(draft.ToArray(), string.Create(CultureInfo.InvariantCulture, $"{id}-draft-{date:yyyy-MM-dd}.docx"), rendered, withReport);
    }

    private static Results<FileContentHttpResult, Ok<DraftWithReport>, ProblemHttpResult> Answer(byte[] draft, string fileName, RenderReport report, bool withReport) =>
        withReport
            ? TypedResults.Ok(new DraftWithReport(fileName, DocxContentType, draft, DraftReport.From(report)))
            : TypedResults.File(draft, DocxContentType, fileName);

    // A client that lists JSON among what it accepts, and not the Word document, gets the draft with its report; any
    // other (none, */*, the Word type) gets the .docx, as before.
    private static bool WantsReport(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        return accept.Any(a => a.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase))
            && !accept.Any(a => a.MediaType.Equals(DocxContentType, StringComparison.OrdinalIgnoreCase));
    }

    private static ProblemHttpResult TooLarge() =>
        Problem(StatusCodes.Status413PayloadTooLarge, "The request body is too large.",
            [new Diagnostic(DiagnosticCodes.RequestTooLarge, DiagnosticSeverity.Error, "body", string.Create(CultureInfo.InvariantCulture, $"A petition must be at most {MaxBodyBytes:N0} bytes."))]);

    // application/json or any +json type; a charset, when given, must be UTF-8, the only encoding the reader reads.
    private static bool IsJson(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var media) || media.MediaType is not { } type)
        {
            return false;
        }

        var json = type.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || (type.StartsWith("application/", StringComparison.OrdinalIgnoreCase) && type.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
        return json && (media.CharSet is null || media.CharSet.Trim('"').Equals("utf-8", StringComparison.OrdinalIgnoreCase));
    }

    private static ProblemHttpResult Problem(string title, IReadOnlyList<Diagnostic> issues) =>
        Problem(StatusCodes.Status400BadRequest, title, issues);

    private static ProblemHttpResult Problem(int status, string title, IReadOnlyList<Diagnostic> issues) =>
        Problem(new PetitionProblem(status, title, issues));

    // The library's problem, in ASP.NET Core's own problem type: the same members, written through the app's problem service.
    private static ProblemHttpResult Problem(PetitionProblem problem) =>
        TypedResults.Problem(problem.Detail, statusCode: problem.Status, title: problem.Title, extensions: problem.Extensions);

    private static async Task<bool> CopyLimitedAsync(Stream source, MemoryStream destination, CancellationToken cancellationToken)
    {
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await source.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (destination.Length + read > MaxBodyBytes)
            {
                return false;
            }

            await destination.WriteAsync(chunk.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
        }

        return true;
    }
}

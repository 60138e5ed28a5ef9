using Microsoft.Extensions.Logging;

namespace PetitionKit.DependencyInjection;

/// <summary>The log events of the integration layer, source-generated. They carry ids, counts, codes and times, never
/// a petition's content: names, numbers, dates and free text stay out of logs.</summary>
internal static partial class PetitionKitLog
{
    [LoggerMessage(EventId = 1, EventName = "TemplateCompiled", Level = LogLevel.Information,
        Message = "Compiled template {TemplateId} from {Source} in {ElapsedMilliseconds} ms")]
    public static partial void TemplateCompiled(ILogger logger, string templateId, string source, long elapsedMilliseconds);

    [LoggerMessage(EventId = 2, EventName = "DraftWritten", Level = LogLevel.Information,
        Message = "Drafted with template {TemplateId}: {ChecklistItems} checklist items, {Warnings} warnings")]
    public static partial void DraftWritten(ILogger logger, string templateId, int checklistItems, int warnings);

    [LoggerMessage(EventId = 3, EventName = "ValidationRefused", Level = LogLevel.Warning,
        Message = "Refused a petition with {Errors} errors: {Codes}")]
    public static partial void ValidationRefused(ILogger logger, int errors, string codes);
}

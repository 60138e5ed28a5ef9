using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PetitionKit.Templates;

namespace PetitionKit.DependencyInjection;

/// <summary>The registered <see cref="IPetitionTemplateStore"/>: built-in templates from the library's own cache, folder
/// templates compiled once per version of the file.</summary>
/// <remarks>A file's version is its length and last-write time, read on each <see cref="GetAsync"/>: one stat per draft,
/// and no file watcher to miss a change on a network share or in a container.</remarks>
internal sealed partial class PetitionTemplateStore(IOptions<PetitionKitOptions> options, ILogger<PetitionTemplateStore>? logger = null) : IPetitionTemplateStore
{
    // An app without logging registered gets no events rather than a failure to resolve.
    private readonly ILogger _logger = (ILogger?)logger ?? NullLogger.Instance;

    private readonly ConcurrentDictionary<string, Compiled> _folderTemplates = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _builtInsLogged = new(StringComparer.Ordinal);

    public async ValueTask<PetitionTemplate> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        if (FolderFile(id) is { } file)
        {
            var stamp = new FileStamp(file.Length, file.LastWriteTimeUtc);
            if (_folderTemplates.TryGetValue(id, out var cached) && cached.Stamp == stamp)
            {
                return cached.Template;
            }

            var started = Stopwatch.GetTimestamp();
            var template = await PetitionTemplate.LoadFileAsync(file.FullName, cancellationToken: cancellationToken).ConfigureAwait(false);
            _folderTemplates[id] = new Compiled(stamp, template);
            var elapsed = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            PetitionKitLog.TemplateCompiled(_logger, id, "folder", elapsed);
            return template;
        }

        if (!BuiltInTemplates.All.Contains(id, StringComparer.Ordinal))
        {
            throw new KeyNotFoundException($"No template has the id '{id}'. The ids are: {string.Join(", ", ListIds())}.");
        }

        var builtInStarted = Stopwatch.GetTimestamp();
        var builtIn = BuiltInTemplates.Get(id);
        if (_builtInsLogged.TryAdd(id, true))
        {
            var elapsed = (long)Stopwatch.GetElapsedTime(builtInStarted).TotalMilliseconds;
            PetitionKitLog.TemplateCompiled(_logger, id, "built-in", elapsed);
        }

        return builtIn;
    }

    public IReadOnlyList<string> ListIds()
    {
        var ids = new SortedSet<string>(BuiltInTemplates.All, StringComparer.Ordinal);
        if (options.Value.TemplateFolder is { Length: > 0 } folder && Directory.Exists(folder))
        {
            ids.UnionWith(Directory.EnumerateFiles(folder, "*.docx").Select(Path.GetFileNameWithoutExtension).OfType<string>());
        }

        return [.. ids];
    }

    // An id is a file name, never a path: "../secrets" or "a/b" cannot reach outside the folder.
    private FileInfo? FolderFile(string id)
    {
        if (options.Value.TemplateFolder is not { Length: > 0 } folder
            || id.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || id.Contains('/', StringComparison.Ordinal) || id.Contains('\\', StringComparison.Ordinal) || id.StartsWith('.'))
        {
            return null;
        }

        var file = new FileInfo(Path.Combine(folder, id + ".docx"));
        return file.Exists ? file : null;
    }

    private readonly record struct FileStamp(long Length, DateTime LastWriteTimeUtc);

    private sealed record Compiled(FileStamp Stamp, PetitionTemplate Template);
}

using System.Globalization;
using PetitionKit.Word.Compiling;
using PetitionKit.Word.Diagnostics;
using PetitionKit.Word.Functions;
using PetitionKit.Word.Lexing;
using PetitionKit.Word.Templates;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PetitionKit.Word.Rendering;

/// <summary>The Scriban context for one part of one render. Every tag's value passes through <see cref="Evaluate"/>,
/// which escapes it, shapes its line breaks and turns a missing value into a visible placeholder.</summary>
internal sealed class RenderContext : TemplateContext
{
    // What a failed expression evaluates to: never written, because the render then fails with the error listed.
    private const string FailedValue = "\uE0FF";

    private readonly RenderSession _session;
    private readonly ScriptObject _data;
    private DataPaths? _paths;
    private CompiledPart _part = null!;
    private CountingOutput? _partOutput;
    private CountingOutput? _text;
    private bool _textComplete;

    // The source offset of the statement being evaluated, so a function it calls (review_item) can tell which tag it is in.
    private int _statementOffset = -1;

    // Where the part's XML stands, inside a w:t's content or not: each literal piece must start where the last one
    // ended, so a function's body can never write paragraphs into a paragraph's text.
    private TextState _state;

    // The tag statement being evaluated, where a literal out of place is reported; and how many literals were written,
    // so a value tag calling a function that wrote text is not a missing value.
    private TagStatement? _site;
    private int _literalWrites;
    private readonly HashSet<int> _misplaced = [];

    public RenderContext(RenderSession session, ScriptObject data)
        : base(SafeBuiltins.Instance)
    {
        _session = session;
        _data = data;
        var limits = session.Options.Limits;
        StrictVariables = false;
        LoopLimit = limits.MaxLoopIterations;
        RecursiveLimit = limits.MaxRecursionDepth;

        // Scriban's guards on what built-ins and operators build (a string times a number, padding, replacing, joining,
        // a format's precision) and on converting a value to text measure against LimitToString, and throw; the output
        // itself is counted per part by CountingOutput, which throws too, so Scriban's truncating output limit is off.
        LimitToString = limits.MaxOutputCharacters;
        OnStringLimit = ScriptLimitBehavior.Throw;
        OutputLimit = 0;
        RegexTimeOut = limits.Timeout;
        TemplateLoader = null;
        EnableRelaxedMemberAccess = true;

        // Scriban indents the lines of output under an indented tag; in serialized XML that would only add whitespace,
        // and looking for the lines cost a scan of every piece of literal XML on every render.
        AutoIndent = false;

        // A petition is drafted before every fact is known: a path through a missing object is a gap, not an error.
        EnableRelaxedTargetAccess = true;
        RenderRuntimeException = OnRuntimeError;
        CancellationToken = session.CancellationToken;
        PushCulture(session.Options.Culture);

        // The data is the first global: templates read it, and a missing value is named by its place in it.
        PushGlobal(data);
    }

    /// <summary>Gets the render this context belongs to.</summary>
    public RenderSession Session => _session;

    /// <summary>Renders one part's program into its own output, sharing the render's globals and counters.</summary>
    /// <param name="part">The part.</param>
    /// <param name="readText">Whether to read the part's text as it is written, for a scan of what the draft says.</param>
    /// <returns>The part's XML, and its text when read and nothing stopped the reading; in rented buffers the caller
    /// disposes.</returns>
    public RenderedPart Render(CompiledPart part, bool readText)
    {
        _part = part;
        _statementOffset = -1;
        var output = new CountingOutput(part.OutputSizeHint, _session.Options.Limits.MaxOutputCharacters);
        _partOutput = output;
        _text = readText && part.Kind == PartKind.Story ? new CountingOutput(part.OutputSizeHint / 4, int.MaxValue) : null;
        _textComplete = true;
        _state = TextState.None;
        _misplaced.Clear();
        PushOutput(output);
        try
        {
            // What Template.Render does, minus the string of the whole output it returns: the buffer is the result.
            var page = part.Program.Page;
            var result = page is null ? null : Evaluate(page);
            if (result is not null && EnableOutput)
            {
                Write(page!.Span, result);
            }

            part.OutputSizeHint = output.Written.Length;
            var text = _text;
            _text = null;
            if (!_textComplete || output.HasScribanText)
            {
                text?.Dispose();
                text = null;
            }

            return new RenderedPart(part, output, text);
        }
        catch
        {
            output.Dispose();
            _text?.Dispose();
            _text = null;
            throw;
        }
        finally
        {
            PopOutput();
        }
    }

    /// <summary>Writes a literal piece of XML and the text it holds, after checking that it starts where the XML stands.</summary>
    public void WriteLiteral(LiteralStatement literal)
    {
        if ((literal.StartState & TextState.InsideText) != (_state & TextState.InsideText))
        {
            // Once at the tag where it happens; the writing goes on in step with the template so that the same
            // misplaced text is not reported again where the call returns.
            _state = literal.EndState;
            var span = _site?.Span ?? literal.Span;
            if (!_misplaced.Add(_part.TagAt(span.Start.Offset)?.Id ?? -1))
            {
                return;
            }

            throw new ScriptRuntimeException(span,
                "The tag would write template text where it does not fit, which would break the draft: whole paragraphs written inside a paragraph's text, or text meant for inside a paragraph written between paragraphs. A function whose body holds paragraphs, called inside text (also through a variable), does this, as does a ‘break’ or ‘continue’ inside a paragraph's text that leaves a loop of whole paragraphs. Call such a function from a statement alone in its own paragraph, or use ‘if’ and ‘for’ blocks instead");
        }

        _state = literal.EndState;
        _literalWrites++;
        var xml = literal.Text;
        WriteMarkup(xml.FullText ?? string.Empty, xml.Index, xml.Length);
        if (_text is not null && ReferenceEquals(Output, _partOutput))
        {
            _text.Write(literal.Projection);
        }
    }

    /// <summary>Writes XML the engine made past Scriban's own writer, which escapes what Scriban writes by itself.</summary>
    private void WriteMarkup(string xml, int index, int length)
    {
        if (Output is CountingOutput output)
        {
            output.WriteMarkup(xml, index, length);
        }
        else
        {
            // A capture's buffer: what it holds is printed later as a value, escaped then.
            Write(xml, index, length);
        }
    }

    /// <summary>Everything the engine writes goes through <see cref="WriteLiteral"/> or a tag's value; anything else
    /// (a program's own result) is output the part's text was not read from, so the render reads the XML instead.</summary>
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        _textComplete = false;
        return base.Write(span, textAsObject);
    }

    /// <summary>A text passed to a function that takes a date (<c>"2026-01-01T02:00:00Z" | date.add_days 1</c>) is read
    /// as a UTC date, never converted to the host's local time (see <see cref="TemplateDates"/>).</summary>
    public override object? ToObject(SourceSpan span, object? value, Type destinationType) =>
        value is not null && (destinationType == typeof(DateTime) || destinationType == typeof(DateTime?))
            ? TemplateDates.ToDate(this, span, value)
            : base.ToObject(span, value, destinationType);

    /// <summary>Gets the tag holding the statement being evaluated, or null outside any tag.</summary>
    public TagSite? CurrentTag => _statementOffset < 0 ? null : _part.TagAt(_statementOffset);

    public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        if (scriptNode is not TagStatement site)
        {
            return EvaluateNode(scriptNode, aliasReturnedFunction);
        }

        var outer = _site;
        _site = site;
        try
        {
            return EvaluateNode(scriptNode, aliasReturnedFunction);
        }
        finally
        {
            _site = outer;
        }
    }

    private object? EvaluateNode(ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        if (scriptNode is ScriptExpressionStatement current)
        {
            _statementOffset = current.Span.Start.Offset;
        }

        if (scriptNode is not ScriptExpressionStatement { CanOutput: true } statement || !EnableOutput)
        {
            return CheckSize(scriptNode, base.Evaluate(scriptNode, aliasReturnedFunction));
        }

        var literalsBefore = _literalWrites;
        var result = base.Evaluate(scriptNode, aliasReturnedFunction);
        CheckSize(scriptNode, result);
        var tagged = statement as TagStatement;
        var tag = tagged is not null ? tagged.Tag : _part.TagAt(statement.Span.Start.Offset);
        if (tag is null || tag.Kind == TagKind.Silent)
        {
            return null;
        }

        var text = result is null ? null : ObjectToString(result);

        // Only a failed tag makes the failure value; a value from the data holding it is cleaned like any other marker.
        if (_session.Errors.Count > 0 && text is not null && text.Contains(FailedValue, StringComparison.Ordinal))
        {
            return null;
        }

        if (string.IsNullOrEmpty(text) && _literalWrites != literalsBefore)
        {
            // A function that wrote its body's text in place, returning nothing: what it wrote is the value.
            return null;
        }

        var xml = string.IsNullOrEmpty(text) ? MissingValueWriter.Write(tag, _session, _part, NameInData(statement.Expression)) : Present(tag, text);
        WriteMarkup(xml, 0, xml.Length);
        _session.PrintedTags.Add(tag);
        if (_text is not null && ReferenceEquals(Output, _partOutput))
        {
            // A value leaves the XML where it found it: inside a w:t's content, or outside any.
            if (tagged is not null)
            {
                TextProjection.Append(xml, tagged.TextState, _text);
            }
            else
            {
                _textComplete = false;
            }
        }

        return null;
    }

    /// <summary>A missing value's path in the data, when the tag reaches it through a member chain from a template
    /// variable (a loop variable, an alias): the longest prefix of the chain that is an object of the data names where
    /// it sits, and the rest of the chain is added ("p.residence.state" → "petitioners[1].residence.state"). Null when
    /// the tag is not such a chain or no prefix is in the data.</summary>
    private string? NameInData(ScriptExpression? expression)
    {
        var members = new List<string>();
        var node = expression;
        while (node is ScriptMemberExpression { Member: { } member } access)
        {
            members.Add(member.Name);
            node = access.Target;
        }

        if (members.Count == 0 || node is not ScriptVariable)
        {
            return null;
        }

        // Walk from the longest target ("p.residence") down to the variable ("p"); the members read are the template's
        // own chain, evaluated as the tag itself just did, so this writes nothing and calls no function.
        var target = ((ScriptMemberExpression)expression!).Target;
        for (var taken = 1; taken <= members.Count; taken++)
        {
            object? value;
            try
            {
                value = base.Evaluate(target, aliasReturnedFunction: true);
            }
            catch (ScriptRuntimeException)
            {
                return null;
            }

            if (value is not null && (_paths ??= new DataPaths(_data)).Of(value) is { } path)
            {
                return path + "." + string.Join(".", members.Take(taken).Reverse());
            }

            target = target is ScriptMemberExpression outer ? outer.Target : null;
            if (target is null)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Stops a value past the output limit as soon as it is computed, whatever built it (a concatenation that
    /// doubles, a list that grows), so that no value grows past twice the limit before the render is stopped.</summary>
    private object? CheckSize(ScriptNode? node, object? value)
    {
        var limit = _session.Options.Limits.MaxOutputCharacters;
        long size = value switch
        {
            string text => text.Length,
            System.Collections.ICollection list => list.Count,
            _ => 0,
        };
        if (size > limit)
        {
            throw new ScriptRuntimeException(node?.Span ?? default, "A value grew past the output limit",
                new RenderLimitException(DiagnosticCodes.OutputLimit, OutputLimits.Message("A value", size, limit)));
        }

        return value;
    }

    private string Present(TagSite tag, string text)
    {
        var cleaned = WordXml.XmlEscape.Clean(text, out var removed);
        if (removed is not null)
        {
            var what = string.Join(", ", removed.Distinct(StringComparer.Ordinal));
            _session.Alterations.Add(new ValueAlteration(tag.Code.Trim(), tag.Location,
                string.Create(CultureInfo.InvariantCulture, $"Removed {removed.Count} character(s) that a Word document cannot hold ({what}).")));
        }

        return tag.IsWordText ? ValueText.ForWord(cleaned, tag) : ValueText.ForProperty(cleaned);
    }

    private string OnRuntimeError(ScriptRuntimeException exception)
    {
        if (_session.Fatal is not null)
        {
            throw exception;
        }

        // Some failures carry no span of their own: the output limit reached while a value is written, or data nested too
        // deep to turn into text. The statement being evaluated then says which tag failed.
        var tag = _part.TagAt(exception.Span.Start.Offset) ?? CurrentTag;
        var limit = RenderLimitFor(exception);
        if (limit is not null)
        {
            _session.Fatal = new Diagnostic(limit.Value.Code, DiagnosticSeverity.Error,
                tag?.Location ?? new TemplateLocation(string.Empty, "/" + _part.EntryName, 0, 0), limit.Value.Message,
                tag?.Text ?? string.Empty, tag?.Excerpt ?? string.Empty);
            throw exception;
        }

        _session.Error(DiagnosticCodes.RuntimeError, tag,
            $"The tag failed when evaluated: {exception.OriginalMessage.TrimEnd('.')}. Check the names of functions and fields it uses, and the data it expects.", "/" + _part.EntryName);
        return FailedValue;
    }

    private (string Code, string Message)? RenderLimitFor(ScriptRuntimeException exception)
    {
        for (Exception? inner = exception; inner is not null; inner = inner.InnerException)
        {
            switch (inner)
            {
                case RenderLimitException limit:
                    return (limit.Code, limit.Message);
                case OperationCanceledException or ScriptAbortException:
                    return (DiagnosticCodes.TimeLimit, _session.TimeLimitMessage);
                default:
                    break;
            }
        }

        var message = exception.OriginalMessage;
        if (message.Contains("LimitToString", StringComparison.Ordinal))
        {
            // Scriban's own guard refused to build a string or list past the limit it was given, the output limit.
            return (DiagnosticCodes.OutputLimit,
                $"The tag would build more than {LimitToString:N0} characters, the output limit ({message.TrimEnd('.')}). The template builds far more text than a pleading holds; check its arithmetic, or raise RenderLimits.MaxOutputCharacters.");
        }

        if (message.Contains("iteration limit", StringComparison.Ordinal) || message.Contains("LoopLimit", StringComparison.Ordinal))
        {
            return (DiagnosticCodes.LoopLimit,
                $"The loops ran more than {LoopLimit:N0} times in all, the loop limit. A loop is probably repeating far more than intended, or never ends; or raise RenderLimits.MaxLoopIterations.");
        }

        if (message.Contains("recursive depth", StringComparison.Ordinal))
        {
            return (DiagnosticCodes.RecursionLimit,
                $"Functions called each other more than {RecursiveLimit} levels deep, the recursion limit. A function probably calls itself without end.");
        }

        return null;
    }
}

using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace PetitionKit.Tests.TestSupport;

/// <summary>A logger provider that keeps every event written through it: its name and its formatted message.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<(string EventName, string Message)> _events = new();

    public IReadOnlyList<(string EventName, string Message)> Events => [.. _events];

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner._events.Enqueue((eventId.Name ?? string.Empty, formatter(state, exception)));
    }
}

using System.Globalization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.Features;

namespace PetitionKit.IntakePage;

/// <summary>Builds the intake page, so the program and the browser tests run the same application.</summary>
public static class IntakePageApp
{
    /// <summary>The address the page listens on when none is given: loopback only, so it is not on the network unless
    /// the host says so with <c>--urls</c>.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>The largest request accepted: a petition is a few kilobytes.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    // The court search's script, read once from the assembly (Scripts/court-search.js).
    private static readonly Lazy<string> CourtSearchScript = new(() =>
    {
        using var stream = typeof(IntakePageApp).Assembly.GetManifestResourceStream("court-search.js")
            ?? throw new InvalidOperationException("The court search script is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>Creates the application.</summary>
    /// <param name="args">The command-line arguments, such as <c>--urls http://127.0.0.1:0</c> or
    /// <c>--Intake:AsOf=2026-06-01</c>.</param>
    /// <returns>The application, not yet started.</returns>
    public static WebApplication Create(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(IntakePageApp).Assembly.GetName().Name,
        });
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        // The framework's own request logs name paths and status codes only; nothing below Warning is written, so no
        // log line can carry what a client typed. The page itself logs nothing.
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        builder.Services.AddRazorPages().AddApplicationPart(typeof(IntakePageApp).Assembly);
        // The antiforgery keys live in memory only: the server writes nothing to disk, and a restart simply asks the
        // person to send the form again.
        builder.Services.AddDataProtection().UseEphemeralDataProtectionProvider();
        builder.Services.AddAntiforgery(options => options.Cookie.Name = "petitionkit-intake-antiforgery");
        builder.Services.Configure<FormOptions>(options =>
        {
            options.MultipartBodyLengthLimit = MaxBodyBytes;
            options.ValueLengthLimit = MaxBodyBytes;
        });
        builder.WebHost.ConfigureKestrel(options =>
        {
            options.Limits.MaxRequestBodySize = MaxBodyBytes;
            options.AddServerHeader = false;
        });
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(services => new IntakeClock(
            services.GetRequiredService<TimeProvider>(),
            DateOnly.TryParseExact(builder.Configuration["Intake:AsOf"], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var asOf) ? asOf : null));

        var app = builder.Build();
        app.UseExceptionHandler("/error");
        app.UseStatusCodePages();
        app.Use(async (context, next) =>
        {
            // The pages hold a client's facts: never cached, never framed.
            context.Response.Headers.CacheControl = "no-store";
            context.Response.Headers.XFrameOptions = "DENY";
            context.Response.Headers.XContentTypeOptions = "nosniff";
            context.Response.Headers["Referrer-Policy"] = "no-referrer";
            context.Response.Headers.ContentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
            await next(context).ConfigureAwait(false);
        });
        app.MapRazorPages();
        app.MapGet("/court-search.js", () => Results.Text(CourtSearchScript.Value, "text/javascript; charset=utf-8"));
        return app;
    }
}

using PetitionKit.Word;

namespace PetitionKit.IntakeApi;

/// <summary>Builds the intake service, so the program and the tests run the same application.</summary>
public static class IntakeApp
{
    /// <summary>Creates the application with its services, error handling and endpoints.</summary>
    /// <param name="args">The command-line arguments, such as <c>--urls http://127.0.0.1:5000</c>.</param>
    /// <returns>The application, not yet started.</returns>
    public static WebApplication Create(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddProblemDetails();
        builder.Services.AddSingleton(TimeProvider.System);

        // A host sizes the render limits to its machines, e.g. --RenderLimits:MaxOutputCharacters=1000000 or the
        // environment variable RenderLimits__Timeout=00:00:10; anything not set keeps the library's default.
        builder.Services.AddSingleton(builder.Configuration.GetSection(nameof(RenderLimits)).Get<RenderLimits>() ?? RenderLimits.Default);

        // The server refuses a body past this before the handler reads it; the handler's own limit is far lower and
        // answers 413 with a problem. Kestrel's default of 30 MB would let a client make the server buffer 30 MB.
        builder.WebHost.ConfigureKestrel(options => options.Limits.MaxRequestBodySize = IntakeEndpoints.MaxBodyBytes);
        var app = builder.Build();

        // An error the server raises for a bad request (a body too large, a connection cut mid-body) is the client's
        // problem, answered with its own 4xx status; only a fault of the service itself is a 500.
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = exception => exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
        });
        app.UseStatusCodePages();
        IntakeEndpoints.Map(app);
        return app;
    }
}

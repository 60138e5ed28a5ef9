using System.Text.Json;
using PetitionKit.Json;
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

        // snake_case throughout, as the petition file spells its names; the petition itself binds and is described
        // through its own JSON contract.
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            o.SerializerOptions.TypeInfoResolverChain.Insert(0, PetitionJson.TypeInfoResolver);
        });

        // GET /openapi/v1.json. The petition's full schema is the shipped JSON Schema (GET /schema/petition.schema.json),
        // which the document points to rather than restating.
        builder.Services.AddOpenApi(o => o.AddSchemaTransformer(PetitionSchemaLink.ApplyAsync));

        // GET /health: the process answers and the built-in templates load (a deploy that lost them is unhealthy).
        builder.Services.AddHealthChecks().AddCheck<BuiltInTemplatesHealthCheck>("built_in_templates");
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
        app.MapOpenApi();
        app.MapHealthChecks("/health");
        return app;
    }
}

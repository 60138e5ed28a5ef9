using PetitionKit.IntakeApi;

// A legal-aid intake service: POST a petition as JSON, get back an attorney-review draft (.docx), or the problems.
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddProblemDetails();
builder.Services.AddSingleton(TimeProvider.System);
var app = builder.Build();
app.UseExceptionHandler();
IntakeEndpoints.Map(app);
await app.RunAsync().ConfigureAwait(false);

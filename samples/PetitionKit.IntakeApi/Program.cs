using PetitionKit.IntakeApi;

// A legal-aid intake service: POST a petition as JSON, get back an attorney-review draft (.docx), or the problems.
var app = IntakeApp.Create(args);
await app.RunAsync().ConfigureAwait(false);

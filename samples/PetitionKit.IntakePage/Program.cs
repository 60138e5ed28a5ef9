using PetitionKit.IntakePage;

// A legal-aid intake page: one step at a time, the validator's issues beside each field, and the attorney-review draft
// to download at the end. It listens on loopback unless --urls says otherwise.
var app = IntakePageApp.Create(args);
await app.RunAsync().ConfigureAwait(false);

namespace Palermo;

/// <summary>
/// The one catalogue of problem codes Palermo answers with, API and pages alike. A code's text in each language is
/// the resource «Problem.{code}»; the codes themselves are a contract with API clients and never change meaning.
/// </summary>
public static class ProblemCodes
{
    private static ProblemCode Invalid(string code) => new(code, ProblemKind.Invalid);
    private static ProblemCode Conflict(string code) => new(code, ProblemKind.Conflict);
    private static ProblemCode Missing(string code) => new(code, ProblemKind.NotFound);

    // Common
    public static readonly ProblemCode NotFound = Missing("not-found");
    public static readonly ProblemCode Forbidden = new("forbidden", ProblemKind.Forbidden);
    public static readonly ProblemCode Unauthorized = new("unauthorized", ProblemKind.Unauthenticated);
    public static readonly ProblemCode BadRequest = Invalid("bad-request");
    public static readonly ProblemCode InvalidInput = Invalid("invalid-input");
    public static readonly ProblemCode UnknownLanguage = Invalid("unknown-language");
    public static readonly ProblemCode UnknownCountry = Missing("unknown-country");
    public static readonly ProblemCode UnknownRegion = Invalid("unknown-region");
    public static readonly ProblemCode UnknownProtocol = Invalid("unknown-protocol");
    public static readonly ProblemCode UnknownProtocolPath = Missing("unknown-protocol");
    public static readonly ProblemCode WrongState = Conflict("wrong-state");
    public static readonly ProblemCode ConcurrencyConflict = Conflict("concurrency-conflict");
    public static readonly ProblemCode ConcurrencyTokenRequired = new("concurrency-token-required", ProblemKind.PreconditionRequired);
    public static readonly ProblemCode InvalidConcurrencyToken = Invalid("invalid-concurrency-token");
    public static readonly ProblemCode FileTooLarge = Invalid("file-too-large");

    // Accounts
    public static readonly ProblemCode CredentialsRequired = Invalid("credentials-required");
    public static readonly ProblemCode InvalidCredentials = new("invalid-credentials", ProblemKind.Unauthenticated);
    public static readonly ProblemCode LockedOut = new("locked-out", ProblemKind.Unauthenticated);
    public static readonly ProblemCode InvalidRefreshToken = new("invalid-refresh-token", ProblemKind.Unauthenticated);
    public static readonly ProblemCode TwoFactorRequired = new("two-factor-required", ProblemKind.Unauthenticated);
    public static readonly ProblemCode TwoFactorEnrolmentRequired = new("two-factor-enrolment-required", ProblemKind.Forbidden);

    // Reporting
    public static readonly ProblemCode InvalidAnswers = Invalid("invalid-answers");
    public static readonly ProblemCode AnswersRequired = Invalid("answers-required");
    public static readonly ProblemCode DeadlineBeforeOpening = Invalid("deadline-before-opening");
    public static readonly ProblemCode ExtensionNotLater = Invalid("extension-not-later");
    public static readonly ProblemCode PublicationConsentRequired = Invalid("publication-consent-required");
    public static readonly ProblemCode UnknownQuestionnaire = Missing("unknown-questionnaire");
    public static readonly ProblemCode NotARespondent = Missing("not-a-respondent");
    public static readonly ProblemCode NoPreviousAnswers = Missing("no-previous-answers");
    public static readonly ProblemCode NoPreviousCycle = Missing("no-previous-cycle");
    public static readonly ProblemCode IncompleteLanguages = Conflict("incomplete-languages");
    public static readonly ProblemCode CycleNotOpen = Conflict("cycle-not-open");
    public static readonly ProblemCode SubmissionLocked = Conflict("submission-locked");
    public static readonly ProblemCode NothingToSubmit = Conflict("nothing-to-submit");
    public static readonly ProblemCode NotSubmitted = Conflict("not-submitted");
    public static readonly ProblemCode QuestionnaireExists = Conflict("questionnaire-exists");

    // Knowledge
    public static readonly ProblemCode InvalidTransition = Invalid("invalid-transition");
    public static readonly ProblemCode KnowledgeNotAuthor = new("knowledge-not-author", ProblemKind.Forbidden);
    public static readonly ProblemCode KnowledgeNotEditable = Conflict("knowledge-not-editable");

    // Treaty status
    public static readonly ProblemCode ImportRejected = Invalid("import-rejected");
    public static readonly ProblemCode InvalidAsOf = Invalid("invalid-as-of");

    // Screening
    public static readonly ProblemCode ScreeningSaveRequiresSignIn = new("screening-save-requires-sign-in", ProblemKind.Unauthenticated);

    /// <summary>The edit was based on an older edition; <see cref="Problem.Current"/> is the version in force.</summary>
    public static readonly ProblemCode CatalogueVersionConflict = Conflict("catalogue-version-conflict");
}

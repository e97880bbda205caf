using Palermo.Access;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Palermo.Reporting;
using Palermo.Web.Accounts;
using Palermo.Web.Api;
using Palermo.Web.Localization;
using Palermo.Web.Reporting;

namespace Palermo.Web.Pages.Reporting;

public sealed record AnswerDifference(QuestionDefinition Question, string Mine, string Saved);

/// <summary>
/// A country's submission form: contributors and the focal point draft, the focal point submits, the secretariat reads,
/// accepts or returns with a comment. A save over someone else's newer save shows both versions instead of overwriting.
/// </summary>
public sealed class SubmissionModel(SubmissionWorkflow workflow, SubmissionService submissions, IStringLocalizer<SharedResource> text) : PageModel
{
    public CycleDetail Detail { get; private set; } = null!;
    public Submission Submission { get; private set; } = null!;
    public string Country { get; private set; } = "";
    public SubmissionAccess Access { get; private set; }
    public IReadOnlyDictionary<string, JsonElement> Answers { get; private set; } = new Dictionary<string, JsonElement>();
    public IReadOnlyList<string> Errors { get; private set; } = [];
    public IReadOnlyList<AnswerDifference> Conflict { get; private set; } = [];
    public IReadOnlyList<ReturnComment> Comments { get; private set; } = [];
    public string? Message { get; private set; }
    public string Language { get; private set; } = PalermoLanguages.Default;

    [BindProperty] public int Version { get; set; }
    [BindProperty] public string? CommentQuestion { get; set; }
    [BindProperty] public string? CommentText { get; set; }

    /// <summary>Keeps answers kept in the browser apart per person on a shared computer (an opaque id, no name).</summary>
    public string UserKey => User.Id() ?? "anonymous";

    public bool CanDraft => HttpContext.Actor().Can(ReportingPermission.DraftAnswers, Subject) && Submission.IsEditable && Detail.Cycle.State == CycleState.Open;

    /// <summary>Another State party reads the submitted answers the country agreed to publish.</summary>
    public bool AsPublished => Access == SubmissionAccess.Published;

    /// <summary>This submission as the reporting rules see it, for the page to ask what the reader may do.</summary>
    public SubmissionSubject Subject => new(Detail.Cycle.State, Country, Access == SubmissionAccess.Published);

    public string YesNo(string code) => text["Reporting.Answer." + code];

    public string Display(QuestionDefinition question, JsonElement? value) => AnswerForm.Display(question, value, YesNo, Language);

    public Task<IActionResult> OnGetAsync(int id, string iso3) => LoadAsync(id, iso3, ReportingPermission.ReadSubmission);

    public async Task<IActionResult> OnPostSaveAsync(int id, string iso3)
    {
        var posted = Version;
        var loaded = await LoadAsync(id, iso3, ReportingPermission.DraftAnswers);
        if (loaded is not PageResult) return loaded;
        var mine = AnswerForm.Read(Detail.Definition, Request.Form);
        return Show(await workflow.SaveDraftAsync(HttpContext.Actor(), id, Country, new ConcurrencyToken(posted), mine), mine, "Reporting.Saved");
    }

    public async Task<IActionResult> OnPostSubmitAsync(int id, string iso3)
    {
        var posted = Version;
        var loaded = await LoadAsync(id, iso3, ReportingPermission.SubmitAnswers);
        if (loaded is not PageResult) return loaded;
        // Submit what the focal point saw: a newer save by someone else must be reviewed first.
        if (posted != Submission.Version) return Show(ProblemCodes.ConcurrencyConflict.With(current: Submission), Answers);
        return Show(await workflow.SubmitAsync(HttpContext.Actor(), id, Country), Answers, "Reporting.SubmittedMessage");
    }

    /// <summary>The focal point (or the secretariat on the country's behalf) records whether the country agrees to publication.</summary>
    public async Task<IActionResult> OnPostPublicationAsync(int id, string iso3, bool consent)
    {
        var loaded = await LoadAsync(id, iso3, ReportingPermission.DecidePublication);
        if (loaded is not PageResult) return loaded;
        return Show(await workflow.DecidePublicationAsync(HttpContext.Actor(), id, Country, consent), Answers, "Reporting.Publication.Recorded");
    }

    public async Task<IActionResult> OnPostAcceptAsync(int id, string iso3)
    {
        var loaded = await LoadAsync(id, iso3, ReportingPermission.ReviewSubmission);
        if (loaded is not PageResult) return loaded;
        return Show(await workflow.AcceptAsync(HttpContext.Actor(), id, Country), Answers, "Reporting.AcceptedMessage");
    }

    public async Task<IActionResult> OnPostReturnAsync(int id, string iso3)
    {
        var loaded = await LoadAsync(id, iso3, ReportingPermission.ReviewSubmission);
        if (loaded is not PageResult) return loaded;
        var comments = string.IsNullOrWhiteSpace(CommentText) ? [] : new[] { new ReturnComment(CommentQuestion ?? "", CommentText.Trim()) };
        return Show(await workflow.ReturnAsync(HttpContext.Actor(), id, Country, comments), Answers, "Reporting.ReturnedMessage");
    }

    private async Task<IActionResult> LoadAsync(int id, string iso3, ReportingPermission permission)
    {
        Country = iso3.ToUpperInvariant();
        var opened = await workflow.OpenAsync(HttpContext.Actor(), id, Country, permission);
        if (!opened.Succeeded) return this.Refusal(opened.Problem) ?? NotFound();
        Detail = opened.Value.Cycle;
        Access = opened.Value.Access;
        Language = PalermoLocalization.CurrentLanguage();
        SetSubmission(await submissions.GetAsync(id, Country));
        if (Access == SubmissionAccess.Published)
        {
            // Another country's reader sees what was submitted and published, never the working draft or the comments.
            Answers = await submissions.PublishedAnswersAsync(Submission);
            Comments = [];
        }
        return Page();
    }

    private void SetSubmission(Submission submission)
    {
        Submission = submission;
        Answers = Access == SubmissionAccess.Published ? Answers : QuestionnaireJson.ParseAnswers(submission.Answers);
        Comments = SubmissionService.CommentsOf(submission);
        Version = submission.Version;
        ModelState.Remove(nameof(Version));
    }

    private PageResult Show(Outcome<SubmissionChange> result, IReadOnlyDictionary<string, JsonElement> mine, string okMessage) =>
        result.Succeeded ? Show(result.Value.Submission, okMessage) : Show(result.Problem, mine);

    private PageResult Show(Submission changed, string okMessage)
    {
        SetSubmission(changed);
        Message = text[okMessage];
        return Page();
    }

    private PageResult Show(Problem problem, IReadOnlyDictionary<string, JsonElement> mine)
    {
        if (problem.Code == ProblemCodes.ConcurrencyConflict && problem.Current is Submission current)
        {
            // Keep what this person typed in the form, show what is saved beside it, and take the saved version's token:
            // saving again keeps theirs on purpose; reloading the page takes the saved answers.
            var saved = QuestionnaireJson.ParseAnswers(current.Answers);
            Conflict = Detail.Definition.Questions
                .Select(q => new AnswerDifference(q, Display(q, mine.TryGetValue(q.Code, out var m) ? m : null), Display(q, saved.TryGetValue(q.Code, out var s) ? s : null)))
                .Where(d => d.Mine != d.Saved).ToList();
            Submission = current;
            Answers = mine;
            Version = current.Version;
            ModelState.Remove(nameof(Version));
            Message = text["Reporting.ConflictMessage"];
            return Page();
        }
        Answers = mine;
        Errors = text.Messages(problem);
        return Page();
    }
}

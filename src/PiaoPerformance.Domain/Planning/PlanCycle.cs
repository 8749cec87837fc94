using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Scoring;

namespace PiaoPerformance.Domain.Planning;

/// <summary>
/// A PIAO triennio (e.g. "PIAO 2024-2026", S0:3) of one ente, evaluated year by year: the plan of sub-section 2.2.
/// </summary>
public sealed partial class PlanCycle : ITenantOwned
{
    private readonly List<PlanNote> _notes = [];

    private PlanCycle()
    {
    }

    public PlanCycle(Guid municipalityId, int startYear, int endYear, string? title = null)
    {
        if (startYear < 2000 || startYear > 2100)
        {
            throw new DomainException($"Anno di inizio non valido: {startYear}.", nameof(StartYear));
        }

        if (endYear < startYear || endYear - startYear > 4)
        {
            throw new DomainException("Il ciclo deve durare da uno a cinque anni (di norma un triennio).", nameof(EndYear));
        }

        Id = Ids.New();
        MunicipalityId = municipalityId;
        StartYear = startYear;
        EndYear = endYear;
        Title = Guard.Optional(title) ?? $"PIAO {startYear}-{endYear}";
        State = PlanState.Bozza;
        Touch();
    }

    public Guid Id { get; private set; }

    public Guid MunicipalityId { get; private set; }

    public int StartYear { get; private set; }

    public int EndYear { get; private set; }

    public string Title { get; private set; } = "";

    /// <summary>Annex label the ente uses, e.g. "ALLEGATO A" (S0:3).</summary>
    public string? Annex { get; private set; }

    public PlanState State { get; private set; }

    /// <summary>The evaluation system's numbers for this cycle (SPEC §0): seed 003's by default.</summary>
    public EvaluationParameters Evaluation { get; private set; } = EvaluationParameters.CassinoDefault;

    public IReadOnlyList<int> Years => Enumerable.Range(StartYear, EndYear - StartYear + 1).ToList();

    public IReadOnlyList<PlanNote> Notes => _notes;

    /// <summary>Touched by every change, so edits of the notes collide on the cycle's row version too.</summary>
    public DateTimeOffset UpdatedAt { get; private set; }

    public bool Contains(int year) => year >= StartYear && year <= EndYear;

    /// <summary>Throws unless <paramref name="year"/> is one of the cycle's years.</summary>
    public void EnsureContains(int year, string field = "Year")
    {
        if (!Contains(year))
        {
            throw new DomainException($"L'anno {year} è fuori dal ciclo {StartYear}-{EndYear}.", field);
        }
    }

    /// <summary>Replaces the evaluation parameters; refused (nothing changes) unless they make a valid system.</summary>
    public void ChangeEvaluation(EvaluationParameters parameters)
    {
        parameters.ToSystem();
        Evaluation = parameters;
        Touch();
    }

    public void SetAnnex(string? annex)
    {
        Annex = Guard.Optional(annex);
        Touch();
    }

    /// <summary>Replaces the paragraphs of one kind, in the given order.</summary>
    public void ReplaceNotes(PlanNoteKind kind, IEnumerable<string> paragraphs)
    {
        _notes.RemoveAll(n => n.Kind == kind);
        var order = 1;
        foreach (var text in paragraphs.Select(p => p.Trim()).Where(p => p.Length > 0))
        {
            _notes.Add(new PlanNote(MunicipalityId, kind, order++, text));
        }

        Touch();
    }

    public IEnumerable<string> NotesOf(PlanNoteKind kind) => _notes.Where(n => n.Kind == kind).OrderBy(n => n.Order).Select(n => n.Text);

    private void Touch() => UpdatedAt = DateTimeOffset.UtcNow;
}

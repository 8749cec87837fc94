using PiaoPerformance.Domain.Common;

namespace PiaoPerformance.Domain.Indicators;

/// <summary>
/// Indicatore di performance: formula as text, unit, polarity, target, baseline, source and history
/// (SPEC §1.14; the nine questions f-i of S2:36-46).
/// </summary>
public sealed class Indicator
{
    private List<IndicatorHistoryValue> _history = [];

    private Indicator()
    {
    }

    internal Indicator(Guid municipalityId, int order, IndicatorDraft draft)
    {
        Id = Ids.New();
        MunicipalityId = municipalityId;
        Order = order;
        Revise(draft);
    }

    public Guid Id { get; private set; }

    public Guid MunicipalityId { get; private set; }

    public int Order { get; private set; }

    public string Name { get; private set; } = "";

    public string? Description { get; private set; }

    /// <summary>E.g. "[Adempimenti attuati/Adempimenti in capo al CdR]*100" (S4:20): text, never evaluated.</summary>
    public string? FormulaText { get; private set; }

    public IndicatorUnit Unit { get; private set; }

    public Polarity Polarity { get; private set; }

    /// <summary>Target as written: "95%", "si", "1" (S4:21-33).</summary>
    public string? Target { get; private set; }

    public string? Baseline { get; private set; }

    /// <summary>Fonte: where the data can be checked (S2:46).</summary>
    public string? DataSource { get; private set; }

    /// <summary>Newest year first.</summary>
    public IReadOnlyList<IndicatorHistoryValue> History => _history.OrderByDescending(h => h.Year).ToList();

    internal void Revise(IndicatorDraft draft)
    {
        var name = Guard.Required(draft.Name, nameof(Name), "Nome dell'indicatore");
        var history = draft.History ?? [];
        if (history.GroupBy(h => h.Year).Any(g => g.Count() > 1))
        {
            throw new DomainException("Lo storico dell'indicatore riporta lo stesso anno più volte.", nameof(History));
        }

        Name = name;
        Description = Guard.Optional(draft.Description);
        FormulaText = Guard.Optional(draft.FormulaText);
        Unit = draft.Unit;
        Polarity = draft.Polarity;
        Target = Guard.Optional(draft.Target);
        Baseline = Guard.Optional(draft.Baseline);
        DataSource = Guard.Optional(draft.DataSource);
        _history = history.ToList();
    }

    internal void MoveTo(int order) => Order = order;
}

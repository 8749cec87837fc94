using PiaoPerformance.Domain.Scoring;

namespace PiaoPerformance.Domain.Sheets;

/// <summary>
/// A sheet as it was notified, modified or validated: its inputs and every figure the engine computed, with the
/// explanation, frozen (ADR-018). Written once and never changed, so every version stays readable after the final
/// sheet replaces the earlier ones (SPEC §4.15).
/// </summary>
public sealed class SheetVersion
{
    private SheetVersion()
    {
    }

    internal SheetVersion(Guid municipalityId, int number, SheetState state, DateOnly on, Guid byPersonId, string scores,
        decimal entePerformance, SheetResult result, string? note)
    {
        MunicipalityId = municipalityId;
        Number = number;
        State = state;
        On = on;
        ByPersonId = byPersonId;
        Scores = scores;
        EntePerformance = entePerformance;
        ObjectivesSum = result.ObjectivesSum;
        A = result.A;
        B = result.B;
        C = result.C;
        D = result.D;
        SanctionCutPct = result.SanctionCutPct;
        DAfterSanctions = result.DAfterSanctions;
        BandLabel = result.Band?.Label;
        BandPayPct = result.Band?.PayPct;
        Negative = result.Negative;
        Evaluable = result.Evaluable;
        NotEvaluableReason = result.NotEvaluableReason;
        ServiceFactor = result.ServiceFactor;
        Pay = result.Pay;
        Explanation = string.Join('\n', result.Explanation);
        Note = note;
    }

    /// <summary>A copy of <paramref name="source"/> as a later version (the final sheet takes the last notified figures).</summary>
    internal SheetVersion(SheetVersion source, int number, SheetState state, DateOnly on, Guid byPersonId)
    {
        MunicipalityId = source.MunicipalityId;
        Number = number;
        State = state;
        On = on;
        ByPersonId = byPersonId;
        Scores = source.Scores;
        EntePerformance = source.EntePerformance;
        ObjectivesSum = source.ObjectivesSum;
        A = source.A;
        B = source.B;
        C = source.C;
        D = source.D;
        SanctionCutPct = source.SanctionCutPct;
        DAfterSanctions = source.DAfterSanctions;
        BandLabel = source.BandLabel;
        BandPayPct = source.BandPayPct;
        Negative = source.Negative;
        Evaluable = source.Evaluable;
        NotEvaluableReason = source.NotEvaluableReason;
        ServiceFactor = source.ServiceFactor;
        Pay = source.Pay;
        Explanation = source.Explanation;
        Note = $"Scheda finale: sostituisce la versione {source.Number}.";
    }

    public Guid MunicipalityId { get; private set; }

    public int Number { get; private set; }

    /// <summary>The state the sheet reached with this version: Notificata, Modificata or Validata.</summary>
    public SheetState State { get; private set; }

    public DateOnly On { get; private set; }

    public Guid ByPersonId { get; private set; }

    public string Scores { get; private set; } = "";

    public decimal EntePerformance { get; private set; }

    public decimal ObjectivesSum { get; private set; }

    public decimal A { get; private set; }

    public decimal B { get; private set; }

    public decimal C { get; private set; }

    public decimal D { get; private set; }

    public decimal SanctionCutPct { get; private set; }

    public decimal DAfterSanctions { get; private set; }

    public string? BandLabel { get; private set; }

    public decimal? BandPayPct { get; private set; }

    public bool Negative { get; private set; }

    public bool Evaluable { get; private set; }

    public string? NotEvaluableReason { get; private set; }

    public decimal ServiceFactor { get; private set; }

    public decimal? Pay { get; private set; }

    /// <summary>The engine's explanation, one line per step.</summary>
    public string Explanation { get; private set; } = "";

    public string? Note { get; private set; }

    public IReadOnlyList<int> ScoreList => SheetText.Ints(Scores);

    public IReadOnlyList<string> ExplanationLines => Explanation.Length == 0 ? [] : Explanation.Split('\n');
}

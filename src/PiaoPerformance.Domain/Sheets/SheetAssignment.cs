using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Evaluation;
using PiaoPerformance.Domain.Scoring;

namespace PiaoPerformance.Domain.Sheets;

/// <summary>The sheets a transferred person gets: each entry lists the units whose evaluators fill one sheet in.</summary>
public sealed record SheetAssignmentResult(PrevalenceResult Prevalence, IReadOnlyList<IReadOnlyList<string>> Sheets);

/// <summary>
/// SPEC §4.12 applied to sheets: the unit of prevalence evaluates on one sheet; on a tie, "due distinte schede o una
/// sola congiuntamente tra i Dirigenti interessati" (S3:1135), the ente's choice.
/// </summary>
public static class SheetAssignment
{
    /// <summary>
    /// Example 9: transferred on 20 May → one sheet of unit B; on 1 July → two sheets, or one joint sheet when
    /// <paramref name="jointSheetOnTie"/>. No month counted anywhere is refused.
    /// </summary>
    public static SheetAssignmentResult Decide(int year, IReadOnlyList<PrevalenceAssignment> assignments, bool jointSheetOnTie, Explanation explanation)
    {
        var prevalence = PrevalenceRule.Apply(year, assignments, explanation);
        IReadOnlyList<IReadOnlyList<string>> sheets = prevalence.Outcome switch
        {
            PrevalenceOutcome.Prevalent => [[prevalence.EvaluatingUnitId!]],
            PrevalenceOutcome.TwoSheetsOrJointSheet when jointSheetOnTie => [prevalence.TiedUnitIds],
            PrevalenceOutcome.TwoSheetsOrJointSheet => prevalence.TiedUnitIds.Select(id => (IReadOnlyList<string>)[id]).ToList(),
            _ => throw new DomainException("Nessun mese di servizio conteggiato in alcuna unità: non si può stabilire chi valuta.", "assignments"),
        };
        explanation.Add(sheets.Count == 1 && sheets[0].Count > 1
            ? $"Una scheda congiunta tra i dirigenti di {string.Join(" e ", sheets[0])}."
            : sheets.Count > 1 ? $"Due schede distinte: {string.Join(" e ", sheets.Select(s => s[0]))}." : $"Una scheda: valuta {sheets[0][0]}.");
        return new SheetAssignmentResult(prevalence, sheets);
    }
}

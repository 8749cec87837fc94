using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Infrastructure.Measurement;
using SheetAchievement = PiaoPerformance.Domain.Sheets.AgreedAchievement;

namespace PiaoPerformance.Infrastructure.Evaluation;

/// <summary>
/// Component B's glue (SPEC §2.1): the NIV's agreed measures of the sheet's plan and year
/// (<see cref="MeasurementQueries.AgreedAchievementsAsync"/>) go into the sheet's objectives with
/// <see cref="EvaluationSheetService.TakeAgreedAchievementsAsync"/>. Only the objectives of the sheet are passed.
/// </summary>
public sealed class AgreedAchievementsTransfer(EvaluationSheetService sheets, MeasurementQueries measurement)
{
    public const string NothingAgreed = "Il NIV non ha ancora concordato il risultato di nessun obiettivo della scheda.";

    /// <summary>Takes the agreed values into the sheet read at <paramref name="version"/>.</summary>
    /// <exception cref="DomainException">No objective of the sheet has an agreed value yet (nothing saved).</exception>
    public async Task<SheetView> TakeAsync(Actor actor, Guid sheetId, uint? version, CancellationToken ct = default)
    {
        var sheet = await sheets.GetAsync(actor, sheetId, ct) ?? throw new NotFoundException("Scheda di valutazione non trovata.");
        var agreed = await measurement.AgreedAchievementsAsync(actor, sheet.PlanId, sheet.Year, ct);
        var taken = sheet.Objectives
            .Where(o => agreed.ContainsKey(o.ObjectiveId))
            .Select(o => agreed[o.ObjectiveId])
            .Select(a => new SheetAchievement(a.ObjectiveId, a.Excluded ? null : a.AchievementPct, a.Excluded))
            .ToList();
        if (taken.Count == 0)
        {
            throw new DomainException(NothingAgreed, "achievements");
        }

        return await sheets.TakeAgreedAchievementsAsync(actor, sheetId, taken, version, ct);
    }
}

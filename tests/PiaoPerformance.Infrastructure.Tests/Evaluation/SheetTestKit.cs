using Microsoft.EntityFrameworkCore;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Evaluation;
using PiaoPerformance.Domain.Sheets;
using PiaoPerformance.Infrastructure.Access;
using PiaoPerformance.Infrastructure.Evaluation;
using PiaoPerformance.Infrastructure.Planning;
using PiaoPerformance.Infrastructure.Tests.Support;

namespace PiaoPerformance.Infrastructure.Tests.Evaluation;

/// <summary>
/// Sheets on the demo database: the demo accounts as actors, a Settore II employee's fresh sheet opened by the
/// Segretario, and the agreed achievements a test chooses for the unit's and the cross-cutting objectives.
/// </summary>
internal sealed class SheetTestKit(DemoDatabase demo)
{
    public static readonly int[] Scores = [5, 4, 4, 4, 5, 3, 4, 4, 5, 4];

    public EvaluationSheetService Sheets => demo.Get<EvaluationSheetService>();

    public UnitView SettoreII => demo.Plan.Units.Single(u => u.Code == "II");

    public async Task<Actor> SignedInAsync(string username)
    {
        await using var db = await demo.NewContextAsync();
        var account = await db.UserAccounts.SingleAsync(a => a.Username == username);
        return (await demo.Get<ActorLoader>().LoadAsync(account.Id)).ShouldNotBeNull();
    }

    /// <summary>A person with no account, acting as themselves (roles from their assignments), as the app would once they sign in.</summary>
    public async Task<Actor> PersonAsync(Guid personId)
    {
        await using var db = await demo.NewContextAsync();
        var person = await db.People.AsNoTracking().SingleAsync(p => p.Id == personId);
        var staff = await db.StaffAssignments.AsNoTracking().Where(s => s.PersonId == personId).ToListAsync();
        var account = new Domain.Access.UserAccount(person.MunicipalityId, person.Id, $"t-{Guid.NewGuid():N}"[..16], "hash");
        return Actor.Create(account, person, [], [], staff, new DateOnly(2025, 1, 1), new DateOnly(2024, 1, 1), new DateOnly(2026, 12, 31));
    }

    /// <summary>The Segretario opens a draft for Settore II's staff member <paramref name="staffIndex"/> (by name order), evaluated by resp2.</summary>
    public async Task<SheetView> OpenEmployeeSheetAsync(int staffIndex, int year)
    {
        var unit = SettoreII;
        var employee = unit.Staff.OrderBy(s => s.Name, StringComparer.Ordinal).ElementAt(staffIndex);
        var head = await SignedInAsync("resp2");
        return await Sheets.OpenAsync(await SignedInAsync("segretario"), new SheetOpen(demo.Plan.Id, employee.PersonId, year, EvaluatedRole.Dipendente, unit.Id,
            [new SheetEvaluatorDraft(head.PersonId, SheetEvaluatorRole.Valutatore, unit.Id)]));
    }

    /// <summary>Achievements the test chooses: 100 % for all but the second objective (75 %).</summary>
    public static IReadOnlyList<AgreedAchievement> Achievements(SheetView sheet) =>
        sheet.Objectives.Select((o, i) => new AgreedAchievement(o.ObjectiveId, i == 1 ? 75m : 100m)).ToList();

    /// <summary>Agreed achievements by the NIV, then ente performance 92 and <see cref="Scores"/> by resp2: a sheet ready to notify.</summary>
    public async Task<SheetView> FillAsync(SheetView sheet, decimal? maximumPay = 1_000m)
    {
        var taken = await Sheets.TakeAgreedAchievementsAsync(await SignedInAsync("niv"), sheet.Id, Achievements(sheet), sheet.Version);
        return await Sheets.UpdateAsync(await SignedInAsync("resp2"), sheet.Id,
            new SheetEdit(Scores, EntePerformance: 92m, Pay: maximumPay is null ? null : new SheetPayEdit(maximumPay, false, null)), taken.Version);
    }
}

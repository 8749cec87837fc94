using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Evaluation;
using PiaoPerformance.Domain.Sheets;
using PiaoPerformance.Infrastructure.Access;
using PiaoPerformance.Infrastructure.Data;
using PiaoPerformance.Infrastructure.Evaluation;

namespace PiaoPerformance.Web.Tests.Support;

/// <summary>
/// Fresh evaluation sheets for browser tests, opened by the Segretario through the service as the pages' users would
/// find them (a draft), so that the demo's own sheets stay as other tests expect them.
/// </summary>
public static class SheetSeed
{
    /// <summary>The person behind a sign-in account.</summary>
    public static async Task<Actor> ActorAsync(IServiceProvider services, string username)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<PiaoDbContext>>().CreateDbContextAsync();
        var account = await db.UserAccounts.SingleAsync(a => a.Username == username);
        return (await services.GetRequiredService<ActorLoader>().LoadAsync(account.Id)).ShouldNotBeNull();
    }

    /// <summary>
    /// A Dipendente sheet of <paramref name="year"/> for staff member <paramref name="staffIndex"/> of unit
    /// <paramref name="unitCode"/> (name order), evaluated by <paramref name="evaluator"/>; the person gets the account
    /// <c>sheet.dip{index}.{year}</c>. Returns the sheet and the account's username.
    /// </summary>
    public static async Task<(Guid Id, string Username)> EmployeeAsync(PiaoAppFixture app, string unitCode, int staffIndex, int year, string evaluator)
    {
        var services = app.Services;
        var segretario = await ActorAsync(services, "segretario");
        var by = await ActorAsync(services, evaluator);
        var username = $"sheet.dip{staffIndex}.{year}";
        Guid unitId, personId;
        await using (var db = await services.GetRequiredService<IDbContextFactory<PiaoDbContext>>().CreateDbContextAsync())
        {
            unitId = await db.OrgUnits.Where(u => u.MunicipalityId == segretario.MunicipalityId && u.Code == unitCode).Select(u => u.Id).SingleAsync();
            var staff = await db.StaffAssignments.Where(s => s.OrgUnitId == unitId).Select(s => s.PersonId).ToListAsync();
            var people = await db.People.Where(p => staff.Contains(p.Id)).OrderBy(p => p.FamilyName).ThenBy(p => p.GivenName).ToListAsync();
            personId = people[staffIndex].Id;
            db.UserAccounts.Add(new UserAccount(segretario.MunicipalityId, personId, username, AccountService.Hash(null, Accounts.DemoPassword)));
            await db.SaveChangesAsync();
        }

        var planId = await (await app.Accounts.ClientAsync("segretario")).DemoPlanIdAsync();
        var sheet = await services.GetRequiredService<EvaluationSheetService>().OpenAsync(segretario,
            new SheetOpen(planId, personId, year, EvaluatedRole.Dipendente, unitId, [new SheetEvaluatorDraft(by.PersonId, SheetEvaluatorRole.Valutatore, unitId)]));
        return (sheet.Id, username);
    }

    /// <summary>A Dirigente sheet of <paramref name="year"/> for the person of <paramref name="username"/>, head of <paramref name="unitCode"/>, evaluated by the NIV.</summary>
    public static async Task<Guid> DirigenteAsync(PiaoAppFixture app, string username, string unitCode, int year)
    {
        var services = app.Services;
        var segretario = await ActorAsync(services, "segretario");
        var person = await ActorAsync(services, username);
        Guid unitId;
        await using (var db = await services.GetRequiredService<IDbContextFactory<PiaoDbContext>>().CreateDbContextAsync())
        {
            unitId = await db.OrgUnits.Where(u => u.MunicipalityId == segretario.MunicipalityId && u.Code == unitCode).Select(u => u.Id).SingleAsync();
        }

        var planId = await (await app.Accounts.ClientAsync("segretario")).DemoPlanIdAsync();
        var sheet = await services.GetRequiredService<EvaluationSheetService>().OpenAsync(segretario,
            new SheetOpen(planId, person.PersonId, year, EvaluatedRole.Dirigente, unitId, [], EvaluatorKind.Niv));
        return sheet.Id;
    }

    /// <summary>The NIV's agreed achievements, as the measurement would give them: 100 % on every objective but the second (75 %).</summary>
    public static async Task AgreeAsync(PiaoAppFixture app, Guid sheetId)
    {
        var niv = await ActorAsync(app.Services, "niv");
        var service = app.Services.GetRequiredService<EvaluationSheetService>();
        var sheet = (await service.GetAsync(niv, sheetId)).ShouldNotBeNull();
        await service.TakeAgreedAchievementsAsync(niv, sheetId,
            sheet.Objectives.Select((o, i) => new AgreedAchievement(o.ObjectiveId, i == 1 ? 75m : 100m)).ToList());
    }
}

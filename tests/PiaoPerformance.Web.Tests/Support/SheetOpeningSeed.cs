using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Organisation;
using PiaoPerformance.Infrastructure.Access;
using PiaoPerformance.Infrastructure.Data;

namespace PiaoPerformance.Web.Tests.Support;

/// <summary>
/// Fictitious people of the demo comune for the year-opening tests: two employees of the Polizia locale (PL, a unit
/// no other sheet test counts) hired on 1 February 2026, after the 1 January head-count the fund uses, so the demo's
/// figures stay as other tests expect them; and a person with a sign-in account and no assignment, who takes over as
/// evaluator.
/// </summary>
public static class SheetOpeningSeed
{
    public const string ReplacementUsername = "apertura.subentro";

    /// <summary>
    /// The two new employees ("Zanardi {tag}", "Zerbini {tag}"), PL's id, and the replacement ("Sabrina Subentri", account
    /// <see cref="ReplacementUsername"/>; with another <paramref name="tag"/>, "Subentri {tag}" and "{tag}.subentro").
    /// </summary>
    public static async Task<(Guid First, Guid Second, Guid UnitId, Guid Replacement)> PeopleAsync(PiaoAppFixture app, string tag = "Apertura")
    {
        var original = tag == "Apertura";
        var segretario = await SheetSeed.ActorAsync(app.Services, "segretario");
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<PiaoDbContext>>().CreateDbContextAsync();
        var unit = await db.OrgUnits.SingleAsync(u => u.MunicipalityId == segretario.MunicipalityId && u.Code == "PL");
        var first = new Person(unit.MunicipalityId, null, "Ornella", $"Zanardi {tag}");
        var second = new Person(unit.MunicipalityId, null, "Italo", $"Zerbini {tag}");
        var replacement = new Person(unit.MunicipalityId, null, "Sabrina", original ? "Subentri" : $"Subentri {tag}");
        db.People.AddRange(first, second, replacement);
        foreach (var person in new[] { first, second })
        {
            db.StaffAssignments.Add(new StaffAssignment(unit, person, "Agente di polizia locale", ClassificationArea.Istruttori, new DateOnly(2026, 2, 1)));
        }

        db.UserAccounts.Add(new UserAccount(unit.MunicipalityId, replacement.Id, original ? ReplacementUsername : $"{tag.ToLowerInvariant()}.subentro", AccountService.Hash(null, Accounts.DemoPassword)));
        await db.SaveChangesAsync();
        return (first.Id, second.Id, unit.Id, replacement.Id);
    }
}

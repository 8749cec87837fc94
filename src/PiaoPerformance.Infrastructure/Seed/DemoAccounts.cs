using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Organisation;
using PiaoPerformance.Infrastructure.Access;

namespace PiaoPerformance.Infrastructure.Seed;

/// <summary>
/// The demo comune's sign-in accounts, created only by the demo seed, all with the documented demo password:
/// admin, segretario, niv, sindaco, giunta, one responsabile per unit (resp1, resp2, ... in the plan's order) and
/// the employee dip1 (the first staff member of Settore II, whose evaluation sheet is in the demo).
/// The people behind admin, niv, sindaco and giunta are fictitious, like everyone in the demo.
/// </summary>
internal static class DemoAccounts
{
    public const string Password = "PiaoDemo2024!";

    public static DemoAccountSet Create(PlanDocument document, PlanDocumentBuilder plan)
    {
        var ente = plan.Municipality.Id;
        var since = new DateOnly(plan.Cycle.StartYear, 1, 1);
        var people = new List<Person>();
        var grants = new List<AccessGrant>();
        var accounts = new List<UserAccount>();
        var hash = AccountService.Hash(null, Password);

        void Add(string username, Person person) => accounts.Add(new UserAccount(ente, person.Id, username, hash));

        Person Granted(string? title, string given, string family, AppRole role)
        {
            var person = new Person(ente, title, given, family);
            people.Add(person);
            grants.Add(new AccessGrant(ente, person.Id, role, since));
            return person;
        }

        Add("admin", Granted(null, "Anna", "Moretti", AppRole.Amministratore));
        Add("niv", Granted("Dott.", "Giorgio", "Bellini", AppRole.Niv));
        Add("sindaco", Granted("Ing.", "Fabio", "Morelli", AppRole.Sindaco));
        Add("giunta", Granted(null, "Sara", "Conti", AppRole.Giunta));

        var units = document.Units.OrderBy(u => u.Order).ToList();
        var secretary = units.First(u => u.Kind == OrgUnitKind.Segreteria).Managers[0].Person;
        Add("segretario", plan.PersonByKey(secretary));

        var n = 0;
        foreach (var unit in units.Where(u => u.Kind != OrgUnitKind.Segreteria && u.Managers.Count > 0))
        {
            // The latest head of the unit; on a tie the first the document lists.
            var head = unit.Managers.Select((m, i) => (m, i)).OrderByDescending(x => x.m.From).ThenBy(x => x.i).First().m;
            Add($"resp{++n}", plan.PersonByKey(head.Person));
        }

        // A demo employee, fictitious like everyone: the first staff member of Settore II, who sees their own sheet.
        Add("dip1", plan.PersonByKey(units.Single(u => u.Code == "II").Staff[0].Person));

        return new DemoAccountSet(people, grants, accounts);
    }
}

internal sealed record DemoAccountSet(IReadOnlyList<Person> People, IReadOnlyList<AccessGrant> Grants, IReadOnlyList<UserAccount> Accounts);

using PiaoPerformance.Domain.Achievement;
using PiaoPerformance.Domain.Indicators;
using PiaoPerformance.Domain.Municipalities;
using PiaoPerformance.Domain.Organisation;
using PiaoPerformance.Domain.Planning;

namespace PiaoPerformance.Infrastructure.Seed;

/// <summary>
/// Turns a <see cref="PlanDocument"/> into domain objects through the entities' own methods, so the data file passes
/// the same invariants as a user's input.
/// </summary>
public sealed class PlanDocumentBuilder
{
    private readonly Dictionary<string, Person> _people = [];
    private readonly Dictionary<string, MandateLine> _mandateLines = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DupCode> _dupCodes = new(StringComparer.Ordinal);
    private int _sortOrder;

    private PlanDocumentBuilder(PlanDocument document)
    {
        var m = document.Municipality;
        Municipality = new Municipality(m.Code, m.Name, m.Kind, m.UnitLabel);
        Municipality.SetGoverningBodies(m.Province, m.Mayor, null);
        Cycle = new PlanCycle(Municipality.Id, document.Cycle.StartYear, document.Cycle.EndYear, document.Cycle.Title);
        Cycle.SetAnnex(document.Cycle.Annex);
        Cycle.ReplaceNotes(PlanNoteKind.PaymentTimes, document.PaymentTimesNotes);
        Cycle.ReplaceNotes(PlanNoteKind.MethodIntro, [document.MethodNotes.Intro]);
        Cycle.ReplaceNotes(PlanNoteKind.MethodItem, document.MethodNotes.Items);
    }

    public Municipality Municipality { get; }

    public PlanCycle Cycle { get; }

    public List<MandateLine> MandateLines { get; } = [];

    public List<DupCode> DupCodes { get; } = [];

    public List<Person> People { get; } = [];

    public List<OrgUnit> Units { get; } = [];

    public List<ManagerAssignment> Managers { get; } = [];

    public List<StaffAssignment> Staff { get; } = [];

    public List<Objective> Objectives { get; } = [];

    public Person PersonByKey(string key) => _people[key];

    public static PlanDocumentBuilder Build(PlanDocument document)
    {
        var builder = new PlanDocumentBuilder(document);
        builder.AddLookups(document);
        builder.AddCrossCutting(document.CrossCuttingObjectives);
        foreach (var unit in document.Units.OrderBy(u => u.Order))
        {
            builder.AddUnit(unit);
        }

        return builder;
    }

    private void AddLookups(PlanDocument document)
    {
        var order = 1;
        foreach (var line in document.MandateLines)
        {
            var entity = new MandateLine(Municipality.Id, line.Code, line.Name, order++);
            MandateLines.Add(entity);
            _mandateLines[line.Name] = entity;
        }

        foreach (var code in document.DupCodes)
        {
            var entity = new DupCode(Municipality.Id, code.Code, code.Description);
            DupCodes.Add(entity);
            _dupCodes[code.Code] = entity;
        }

        foreach (var person in document.People)
        {
            var entity = new Person(Municipality.Id, person.Title, person.GivenName, person.FamilyName);
            People.Add(entity);
            _people[person.Key] = entity;
        }
    }

    private void AddCrossCutting(IEnumerable<CrossCuttingDoc> strategic)
    {
        foreach (var doc in strategic.OrderBy(s => s.Number))
        {
            var parent = new Objective(Cycle, ObjectiveLevel.Strategic, ObjectiveKind.CrossCutting, doc.Number, doc.Title, null);
            parent.SetWeight(doc.Weight);
            parent.SetMandateLines(doc.MandateLines.Select(MandateLineNamed));
            parent.SetDupCode(doc.DupCode is null ? null : DupCodeOf(doc.DupCode));
            parent.MarkPaymentTimes(doc.IsPaymentTimes);
            parent.Reorder(++_sortOrder);
            Objectives.Add(parent);

            var shares = new List<(Objective, decimal)>();
            foreach (var child in doc.Children.OrderBy(c => c.Number))
            {
                var operational = new Objective(Cycle, ObjectiveLevel.Operational, ObjectiveKind.CrossCutting, child.Number, child.Title, null);
                operational.Describe(null, child.Title, null, child.ExpectedResult, null);
                operational.Schedule(null, null, child.EndText);
                operational.SetMandateLines(doc.MandateLines.Select(MandateLineNamed));
                operational.SetAchievementRule(RuleOf(child.AchievementRule));
                operational.MarkPaymentTimes(doc.IsPaymentTimes);
                AddIndicators(operational, child.Indicators);
                operational.Reorder(++_sortOrder);
                shares.Add((operational, child.ShareOfParentPct));
                Objectives.Add(operational);
            }

            parent.DistributeShares(shares);
        }
    }

    private void AddUnit(UnitDoc doc)
    {
        var unit = new OrgUnit(Municipality.Id, doc.Kind, doc.Code, doc.Name, doc.Order);
        unit.Rename(doc.Code, doc.Name, doc.Heading);
        unit.DescribeResources(doc.PoliticalOwner, doc.HumanResourcesNote, doc.FinancialResourcesNote, doc.AssetsNote);
        Units.Add(unit);

        foreach (var m in doc.Managers)
        {
            Managers.Add(new ManagerAssignment(unit, _people[m.Person], m.Role, m.From, m.To, m.IsInterim, m.ScopeServices));
        }

        foreach (var s in doc.Staff)
        {
            Staff.Add(new StaffAssignment(unit, _people[s.Person], s.ProfileTitle, s.ClassificationArea, s.From, s.To, s.PartTimePct,
                s.PartTimePct < 100m ? PartTimeType.Horizontal : PartTimeType.FullTime));
        }

        foreach (var o in doc.Objectives)
        {
            Objectives.Add(ObjectiveOf(unit, o));
        }
    }

    private Objective ObjectiveOf(OrgUnit unit, ObjectiveDoc doc)
    {
        var objective = new Objective(Cycle, ObjectiveLevel.Operational, ObjectiveKind.Unit, doc.Number, doc.Title, unit);
        objective.Describe(doc.Theme, doc.Title, null, doc.ExpectedResult, doc.VerificationMethod);
        objective.AssignTo(unit, doc.Responsible is null ? null : _people[doc.Responsible]);
        objective.Schedule(doc.StartDate, doc.EndDate, doc.EndText);
        objective.SetWeight(doc.Weight);
        objective.SetMandateLines(doc.MandateLines.Select(MandateLineNamed));
        objective.SetDupCode(doc.DupCode is null ? null : DupCodeOf(doc.DupCode));
        objective.SetAchievementRule(RuleOf(doc.AchievementRule));
        objective.MarkContingent(doc.IsContingent);
        objective.SetReviewNote(doc.ReviewNote);
        AddIndicators(objective, doc.Indicators);
        foreach (var target in doc.YearTargets)
        {
            objective.SetYearTarget(Cycle, target.Year, target.ExpectedPct, target.NotApplicable);
        }

        objective.Reorder(++_sortOrder);
        return objective;
    }

    private static void AddIndicators(Objective objective, IEnumerable<IndicatorDoc> indicators)
    {
        foreach (var i in indicators)
        {
            objective.AddIndicator(new IndicatorDraft(i.Name, i.FormulaText, i.Unit, i.Polarity, i.Target));
        }
    }

    private static AchievementRule? RuleOf(RuleDoc? doc) => doc is null
        ? null
        : new AchievementRule(doc.Kind, (doc.Steps ?? []).Select(s => new AchievementStep(s.Label, s.AchievementPct, s.LowerBound)), doc.Unit);

    private MandateLine MandateLineNamed(string name) =>
        _mandateLines.TryGetValue(name, out var line) ? line : throw new InvalidOperationException($"Unknown mandate line '{name}'.");

    private DupCode DupCodeOf(string code) =>
        _dupCodes.TryGetValue(code, out var dup) ? dup : throw new InvalidOperationException($"Unknown DUP code '{code}'.");
}

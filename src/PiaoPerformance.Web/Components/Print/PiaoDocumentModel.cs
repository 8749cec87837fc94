using PiaoPerformance.Domain.Organisation;
using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Infrastructure.Lifecycle;
using PiaoPerformance.Infrastructure.Planning;

namespace PiaoPerformance.Web.Components.Print;

/// <summary>
/// What the PIAO 2.2 document prints: the plan as <see cref="PlanQueries"/> reads it, its approval (delibera) and
/// version from the lifecycle, the date of the print. <see cref="ForPrint"/> adds what only the PDF needs (embedded
/// fonts, the table of contents' page-number slots, the watermark on every page).
/// </summary>
public sealed record PiaoDocumentModel(PlanView Plan, PlanApprovalView? Approval, int VersionNumber, DateOnly PrintedOn, bool ForPrint, string AnchorBase = "")
{
    /// <summary>Not approved yet: every page says "BOZZA".</summary>
    public bool IsDraft => Plan.State < PlanState.Approvato;

    /// <summary>"PIAO 2024-2026 - Sezione 2 - Sottosezione 2.2 Performance".</summary>
    public string DocumentTitle => $"{Plan.Cycle} - {PrintTexts.SectionTitle}";

    /// <summary>The units' cards shared across units or of the whole ente (S4), printed in a block of their own.</summary>
    public IReadOnlyList<ObjectiveView> SharedObjectives =>
        Plan.Units.SelectMany(u => u.Objectives).Where(o => o.Kind is ObjectiveKind.Shared or ObjectiveKind.OrganisationalPerformance)
            .DistinctBy(o => o.Id).ToList();

    /// <summary>Every strategic objective of the plan: the cross-cutting ones and any a unit holds.</summary>
    public IReadOnlyList<ObjectiveView> StrategicObjectives =>
        Plan.CrossCuttingObjectives.Concat(Plan.Units.SelectMany(u => u.Objectives).Where(o => o.Level == ObjectiveLevel.Strategic)).ToList();

    /// <summary>The sections of the table of contents, in the document's order (SPEC §5.6), with their anchors.</summary>
    public IReadOnlyList<(string Id, string Title)> Sections
    {
        get
        {
            var sections = new List<(string, string)>
            {
                (PrintAnchors.Structure, PrintTexts.Structure),
                (PrintAnchors.Framework, PrintTexts.Framework),
                (PrintAnchors.CrossCutting, PrintTexts.CrossCutting),
            };
            if (SharedObjectives.Count > 0)
            {
                sections.Add((PrintAnchors.Shared, PrintTexts.Shared));
            }

            sections.AddRange(Plan.Units.Select(u => (PrintAnchors.Unit(u), UnitHeading(u))));
            sections.Add((PrintAnchors.MethodNotes, Plan.MethodNotes.Title));
            return sections;
        }
    }

    public string Href(string anchor) => $"{AnchorBase}#{anchor}";

    public static string UnitHeading(UnitView unit) => unit.Heading ?? unit.Name;

    /// <summary>The label atop each card, as in the seed: "SETTORE I"; the unit's name where it has no number.</summary>
    public string CardUnitLabel(UnitView unit) => unit.Kind == OrgUnitKind.Settore
        ? $"{Plan.UnitLabel.ToUpperInvariant()} {unit.Code}"
        : unit.Name.ToUpperInvariant();
}

/// <summary>The ids of the document's sections: the table of contents links to them, the PDF finds their pages by them.</summary>
public static class PrintAnchors
{
    public const string Structure = "struttura";
    public const string Framework = "quadro-strategico";
    public const string CrossCutting = "trasversali";
    public const string Shared = "condivisi";
    public const string MethodNotes = "indicazioni-metodologiche";

    public static string Unit(UnitView unit) => $"unita-{unit.Code.ToLowerInvariant()}";
}

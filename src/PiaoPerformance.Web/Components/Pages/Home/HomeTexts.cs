using PiaoPerformance.Domain.Access;
using PiaoPerformance.Infrastructure.Home;
using PiaoPerformance.Infrastructure.Planning;
using PiaoPerformance.Web.Components.Pages.MyUnits;
using PiaoPerformance.Web.Formatting;
using PiaoPerformance.Web.Security;

namespace PiaoPerformance.Web.Components.Pages.Home;

/// <summary>Every word the home page shows.</summary>
internal static class HomeTexts
{
    public const string Title = "La mia scrivania";
    public const string Loading = "Caricamento della pagina iniziale…";
    public const string NoPlan = "Nessun piano presente. L'amministratore può crearne uno dalle impostazioni dell'ente.";
    public const string AllPlans = "Tutti i piani";
    public const string OpenPlan = "Apri il piano";
    public const string Updated = "Pagina aggiornata con le ultime modifiche.";

    public const string SegretarioTitle = "Il ciclo della performance";
    public const string Summary = "Il ciclo in sintesi";
    public const string UnitsCaption = "Stato delle unità nel ciclo";
    public const string ColUnit = "Unità";
    public const string ColState = "Schede";
    public const string ColObjectives = "Obiettivi";
    public const string ColProblems = "Problemi";
    public const string Problems = "Problemi che bloccano l'approvazione";
    public const string NoProblems = "Nessun problema che blocchi l'approvazione.";
    public const string Overdue = "Scadenze superate";
    public const string NoOverdue = "Nessuna scadenza superata.";
    public const string SheetsByState = "Schede di valutazione per stato";
    public const string NoSheets = "Nessuna scheda di valutazione aperta.";
    public const string Reorganisation = "Non ci sono compiti di riorganizzazione registrati.";
    public const string MyUnitsLink = "Le mie unità";
    public const string AllSheetsLink = "Tutte le schede";

    public const string NivTitle = "Misurazione del NIV";
    public const string MeasureLink = "Vai alla misurazione";
    public const string ReportsLink = "Riepilogo del NIV";

    public const string UnitsTitle = "Le mie unità";
    public const string Missing = "Cosa manca";
    public const string NothingMissing = "Niente da completare: pesi e indicatori sono a posto.";

    public const string EvaluatorTitle = "Schede da compilare";
    public const string NoneToEvaluate = "Nessuna scheda da compilare o in conciliazione.";

    public const string GiuntaTitle = "Performance dell'ente (componente A)";
    public const string GiuntaLink = "Inserisci la performance dell'ente";
    public const string ColYear = "Anno";
    public const string ColValue = "Valore";
    public const string ColValidated = "Validata dal NIV";
    public const string NotEntered = "da inserire";

    public const string AdminTitle = "Impostazione dell'ente";
    public const string SettingsLink = "Impostazioni dell'ente";
    public const string AllUnitsHeaded = "Tutte le unità hanno un responsabile in carica.";
    public const string UnitsWithoutHead = "Unità senza responsabile in carica";
    public const string RolesGranted = "Ruoli assegnati";
    public const string NoRoles = "Nessun ruolo assegnato: assegnare almeno il NIV, il Sindaco e la Giunta.";

    public const string MineTitle = "La mia scheda di valutazione";
    public const string NoneMine = "Non hai ancora una scheda di valutazione.";

    public static string Subtitle(Actor actor) =>
        $"{actor.DisplayName} · {string.Join(", ", actor.Roles.Order().Select(RoleLabels.Of))}: ciò che ti riguarda nel ciclo in corso.";

    public static string PlanLine(HomePlan plan) => $"Piano {plan.Title} · {Fmt.State(plan.State)}";

    public static string UnitState(UnitApproval? unit) => unit is null ? "—" : MyUnitsTexts.State(unit.State);

    public static string Reports(YearReports y) => $"{y.Submitted} di {y.Objectives} inviate";

    public static string ReportsTitle(int year) => $"Relazioni {year}";

    public static string ReportsEntered(YearReports y) => y.Entered == y.Submitted ? "" : $" ({y.Entered - y.Submitted} in corso)";

    public static string ReportsDue(YearReports y) =>
        y.Missing == 0 ? $"Relazioni {y.Year}: tutte inviate." : $"Relazioni {y.Year} ancora da inviare: {y.Missing} su {y.Objectives}.";

    public static string ProblemCount(int count) => count switch
    {
        0 => "Nessun problema che blocchi l'approvazione.",
        1 => "1 problema blocca l'approvazione.",
        _ => $"{count} problemi bloccano l'approvazione.",
    };

    public static string SheetCount(int year, string state, int count) => $"{year} · {state}: {count}";

    public static string OverdueLine(OverdueSheet s) =>
        $"{s.PersonName}{(s.UnitName is null ? "" : $" ({s.UnitName})")}, {s.Year}: {s.Deadline.What} entro il {Fmt.Date(s.Deadline.Due)}";

    public static string NivYear(NivHome n) => $"Anno {n.Year}: {n.Objectives} obiettivi, relazioni inviate {n.ReportsSubmitted}.";

    public static string Board(int size) => size == 1 ? "Il NIV in carica ha 1 componente." : $"Il NIV in carica ha {size} componenti.";

    public static string Setup(AdminHome a) =>
        $"{a.Units} unità, {a.People} persone, {a.Accounts} account ({a.DisabledAccounts} disattivati), {a.Plans} piani.";

    public static string Role(RoleCount r) => $"{RoleLabels.Of(r.Role)}: {r.People}";
}

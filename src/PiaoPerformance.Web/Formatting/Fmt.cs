using System.Globalization;
using PiaoPerformance.Domain.Organisation;
using PiaoPerformance.Domain.Planning;

namespace PiaoPerformance.Web.Formatting;

/// <summary>it-IT formats for everything the UI prints: "4,5 %", "€ 1.234,56", "31/12/2024".</summary>
public static class Fmt
{
    private static readonly CultureInfo It = CultureInfo.GetCultureInfo("it-IT");

    /// <summary>A percentage as the seeds print it, without useless decimals: "15 %", "4,5 %".</summary>
    public static string Percent(decimal? value) => value is null ? "—" : $"{value.Value.ToString("0.##", It)} %";

    public static string Number(decimal? value) => value is null ? "—" : value.Value.ToString("#,0.##", It);

    public static string Money(decimal? value) => value is null ? "—" : $"€ {value.Value.ToString("#,0.00", It)}";

    public static string Date(DateOnly? value) => value is null ? "—" : value.Value.ToString("dd/MM/yyyy", It);

    /// <summary>An instant as Rome reads it: "01/02/2024 10:30".</summary>
    public static string Instant(DateTimeOffset? value) =>
        value is null ? "—" : Domain.Common.ItalianTime.ToLocal(value.Value).ToString("dd/MM/yyyy HH:mm", It);

    /// <summary>A manager's period: "dal 26/01/2024 al 04/03/2024", "fino al 14/01/2024", "dal 01/01/2024".</summary>
    public static string Period(DateOnly from, DateOnly? to, int cycleStartYear) =>
        (from.Month == 1 && from.Day == 1 && from.Year <= cycleStartYear, to) switch
        {
            (true, null) => "",
            (true, { } end) => $"fino al {Date(end)}",
            (false, null) => $"dal {Date(from)}",
            (false, { } end) => $"dal {Date(from)} al {Date(end)}",
        };

    /// <summary>The "Fine" cell: the date, or the text the card uses ("31.12 di ciascun anno").</summary>
    public static string End(DateOnly? date, string? text) => date is not null ? Date(date) : text ?? "—";

    public static string Role(ManagerRole role) => role switch
    {
        ManagerRole.Segretario => "Segretario comunale",
        ManagerRole.Dirigente => "Dirigente",
        ManagerRole.ResponsabileEQ => "Responsabile (incarico EQ)",
        ManagerRole.ResponsabileServizio => "Responsabile di servizio",
        _ => role.ToString(),
    };

    public static string State(PlanState state) => state switch
    {
        PlanState.Bozza => "Bozza",
        PlanState.Inviato => "Inviato",
        PlanState.Approvato => "Approvato",
        PlanState.Monitoraggio => "Monitoraggio",
        PlanState.Rendicontazione => "Rendicontazione",
        PlanState.ValutazioneNiv => "Valutazione NIV",
        PlanState.Validato => "Validato",
        _ => state.ToString(),
    };

    public static string Status(ObjectiveStatus status) => status switch
    {
        ObjectiveStatus.Planned => "Programmato",
        ObjectiveStatus.InProgress => "In corso",
        ObjectiveStatus.Achieved => "Raggiunto",
        ObjectiveStatus.Cancelled => "Annullato",
        _ => status.ToString(),
    };

    public static string Level(ObjectiveLevel level) => level switch
    {
        ObjectiveLevel.Strategic => "Obiettivo strategico",
        ObjectiveLevel.Operational => "Obiettivo operativo",
        ObjectiveLevel.Management => "Obiettivo gestionale",
        _ => level.ToString(),
    };

    public static string Area(ClassificationArea area) => area switch
    {
        ClassificationArea.Operatori => "Operatori",
        ClassificationArea.OperatoriEsperti => "Operatori esperti",
        ClassificationArea.Istruttori => "Istruttori",
        ClassificationArea.FunzionariEQ => "Funzionari ed EQ",
        _ => area.ToString(),
    };
}

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PiaoPerformance.Infrastructure.Data;
using PiaoPerformance.Web.Formatting;

namespace PiaoPerformance.Web.Components.Pages.Audit;

/// <summary>What the audit page prints: actions, field names and stored values in Italian.</summary>
public static partial class AuditLabels
{
    public const string Title = "Registro delle modifiche";
    public const string System = "sistema";
    public const string Redacted = "(riservato)";

    private static readonly CultureInfo It = CultureInfo.GetCultureInfo("it-IT");

    // The card's and the plan's fields under the names the UI gives them; a field not listed keeps its code name.
    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        ["Title"] = "Descrizione", ["Theme"] = "Tema", ["Description"] = "Dettaglio", ["Weight"] = "Peso",
        ["ShareOfParentPct"] = "Quota dell'obiettivo strategico", ["ExpectedResult"] = "Risultato atteso",
        ["VerificationMethod"] = "Modalità di verifica", ["StartDate"] = "Inizio", ["EndDate"] = "Fine", ["EndText"] = "Fine (testo)",
        ["Status"] = "Stato", ["State"] = "Stato", ["Number"] = "Numero", ["Code"] = "Codice", ["Name"] = "Nome",
        ["DupCode"] = "Codice DUP", ["OwnerUnitId"] = "Unità", ["ResponsiblePersonId"] = "Responsabile",
        ["CancellationReason"] = "Motivo dell'annullamento", ["ReviewNote"] = "Nota di revisione", ["SortOrder"] = "Ordine",
        ["ExpectedPct"] = "attesa", ["ActualPct"] = "realizzata", ["NotApplicable"] = "non prevista (//)",
        ["YearTargets"] = "Target", ["Indicators"] = "Indicatore", ["Phases"] = "Fase", ["Staff"] = "Personale",
        ["Contributions"] = "Contributo", ["AchievementRule"] = "Regola di raggiungimento", ["Steps"] = "Scaglione",
        ["Target"] = "valore atteso", ["Baseline"] = "valore di partenza", ["FormulaText"] = "formula", ["Order"] = "ordine",
        ["GivenName"] = "Nome", ["FamilyName"] = "Cognome", ["Email"] = "E-mail", ["Username"] = "Nome utente",
        ["PasswordHash"] = "Password", ["SecurityStamp"] = "Sessioni", ["IsDisabled"] = "Disabilitato", ["Role"] = "Ruolo",
        ["From"] = "Dal", ["To"] = "Al", ["Reason"] = "Motivo", ["ActNumber"] = "Atto", ["Kind"] = "Tipo", ["Level"] = "Livello",
        ["Submissions"] = "Invio", ["IsSubmitted"] = "inviato", ["ChangedAt"] = "data", ["ChangedByPersonId"] = "da",
        ["ReturnReason"] = "motivo della restituzione", ["Variations"] = "Variazione", ["Approval"] = "Approvazione",
        ["DeliberationNumber"] = "delibera n.", ["DeliberationDate"] = "del", ["ApprovedAt"] = "data", ["ApprovedByPersonId"] = "da",
        ["PersonId"] = "Persona", ["OrgUnitId"] = "Unità", ["PlanCycleId"] = "Piano", ["ParentObjectiveId"] = "Obiettivo strategico",

        // Monitoring, reporting and the NIV's measure (issue 7).
        ["RealizedPct"] = "Percentuale realizzata", ["MeasuredValue"] = "Valore rilevato", ["ReachedStep"] = "Traguardo raggiunto",
        ["ReportText"] = "Relazione del responsabile", ["SubmittedAt"] = "Inviata al NIV il", ["SubmittedByPersonId"] = "Inviata da",
        ["Progress"] = "Avanzamento", ["Date"] = "data", ["Text"] = "descrizione",
        ["ProgressPct"] = "avanzamento", ["IsLate"] = "tardivo", ["At"] = "registrato il",
        ["ByPersonId"] = "da", ["Acts"] = "Atto", ["Reopenings"] = "Riapertura",
        ["ClosedAt"] = "chiusa il", ["FileName"] = "Nome del file", ["Type"] = "Tipo di file",
        ["SizeBytes"] = "Dimensione (byte)", ["Sha256"] = "Impronta SHA-256", ["UploadedAt"] = "Caricato il",
        ["UploadedByPersonId"] = "Caricato da", ["ReportId"] = "Rendicontazione", ["ContentType"] = "Tipo MIME",
        ["RuleValue"] = "Valore proposto dalla regola", ["OverridePct"] = "Valore attribuito dal NIV", ["OverrideReason"] = "Motivazione della modifica del valore",
        ["ThirdPartyDelay"] = "Ritardo di terzi", ["ThirdPartyReason"] = "Motivazione del ritardo di terzi", ["ThirdPartyEvidence"] = "Documentazione del ritardo di terzi",
        ["Excluded"] = "Escluso", ["ExclusionReason"] = "Motivazione dell'esclusione", ["Events"] = "Sopravvenienza",
        ["SignOffs"] = "Sottoscrizione", ["MemberPersonId"] = "componente del NIV", ["SignedPct"] = "valore sottoscritto",
        ["SignedExcluded"] = "sottoscritto come escluso", ["AgreedPct"] = "Valore concordato", ["AgreedExcluded"] = "Esclusione concordata",
        ["AgreedAt"] = "Concordato il", ["AgreedByPersonId"] = "Concordato da", ["Value"] = "Performance dell'ente",
        ["Note"] = "Nota", ["EnteredByPersonId"] = "Inserita da", ["EnteredAt"] = "Inserita il",
        ["ValidatedByPersonId"] = "Validata da", ["ValidatedAt"] = "Validata il", ["Year"] = "Anno",
        ["ObjectiveId"] = "Obiettivo",
    };

    public static string Action(AuditAction action) => action switch
    {
        AuditAction.Created => "Creazione",
        AuditAction.Modified => "Modifica",
        AuditAction.Deleted => "Eliminazione",
        _ => action.ToString(),
    };

    /// <summary>"YearTargets[2024].ExpectedPct" → "Target 2024 · attesa"; an id the page knows reads as its name.</summary>
    public static string Field(string path, IReadOnlyDictionary<Guid, string> names) =>
        string.Join(" · ", path.Split('.').Select(segment => Segment().Match(segment) is { Success: true } m
            ? $"{Fields.GetValueOrDefault(m.Groups[1].Value, m.Groups[1].Value)} {Text(m.Groups[2].Value, names)}"
            : Fields.GetValueOrDefault(segment, segment)));

    /// <summary>A stored value as the UI prints it: "sì", "80", "31/12/2024", a person's name for their id; no value is "—".</summary>
    public static string Value(JsonNode? value, IReadOnlyDictionary<Guid, string> names)
    {
        if (value is not JsonValue scalar)
        {
            return value?.ToJsonString() ?? "—";
        }

        return scalar.GetValueKind() switch
        {
            JsonValueKind.True => "sì",
            JsonValueKind.False => "no",
            JsonValueKind.Number => scalar.GetValue<decimal>().ToString("#,0.####", It),
            JsonValueKind.String => Text(scalar.GetValue<string>(), names),
            _ => "—",
        };
    }

    private static string Text(string text, IReadOnlyDictionary<Guid, string> names) =>
        text == AuditEntry.Redacted ? Redacted
        : Guid.TryParseExact(text, "D", out var id) && names.TryGetValue(id, out var name) ? name
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? Fmt.Date(date)
        : text.Length > 10 && text[10] == 'T' && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant) ? Fmt.Instant(instant)
        : text.Length == 0 ? "—"
        : text;

    [GeneratedRegex(@"^(\w+)\[(.+)\]$")]
    private static partial Regex Segment();
}

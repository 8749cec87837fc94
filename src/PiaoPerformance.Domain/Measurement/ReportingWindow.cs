using PiaoPerformance.Domain.Planning;

namespace PiaoPerformance.Domain.Measurement;

/// <summary>
/// When a responsabile may write about an objective (issue 7, plan lifecycle): progress during Monitoraggio and
/// Rendicontazione, the year-end report (Realizzata, relazione, atti) during Rendicontazione until it is sent. Past
/// that (the report sent, or the plan gone on to Valutazione NIV or Validato) the period is closed: a late entry only
/// after a reopening, which names who, when and why.
/// </summary>
public static class ReportingWindow
{
    /// <summary>Why a progress entry may not be written now, in Italian; null when it may.</summary>
    public static string? WhyClosedForProgress(PlanState state, bool reopened) => state switch
    {
        PlanState.Monitoraggio or PlanState.Rendicontazione => null,
        PlanState.ValutazioneNiv or PlanState.Validato when reopened => null,
        PlanState.ValutazioneNiv or PlanState.Validato =>
            "Il periodo di monitoraggio è chiuso: un inserimento tardivo richiede la riapertura della rendicontazione.",
        _ => "Il monitoraggio non è ancora aperto: il piano deve essere in Monitoraggio.",
    };

    /// <summary>Why the year-end report may not be written or sent now, in Italian; null when it may.</summary>
    public static string? WhyClosedForReport(PlanState state, bool submitted, bool reopened)
    {
        if (reopened && state is PlanState.Rendicontazione or PlanState.ValutazioneNiv or PlanState.Validato)
        {
            return null;
        }

        return state switch
        {
            PlanState.Rendicontazione when !submitted => null,
            PlanState.Rendicontazione or PlanState.ValutazioneNiv or PlanState.Validato =>
                "La rendicontazione di questo obiettivo è chiusa: un inserimento tardivo richiede la riapertura (chi, quando, perché).",
            _ => "La rendicontazione non è ancora aperta: il piano deve essere in Rendicontazione.",
        };
    }
}

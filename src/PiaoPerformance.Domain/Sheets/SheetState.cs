namespace PiaoPerformance.Domain.Sheets;

/// <summary>
/// Where a sheet is in its life and in the conciliation procedure (SPEC §4.15): filled in (Bozza), notified to the
/// person evaluated, observations received, confirmed or modified by the evaluator, accepted (signed) or contested,
/// and finally validated.
/// </summary>
public enum SheetState
{
    /// <summary>Being filled in by the evaluator; nothing has been notified.</summary>
    Bozza,
    /// <summary>Notified: the person evaluated has 10 working days for observations.</summary>
    Notificata,
    /// <summary>Observations received: the evaluator has 10 working days to confirm or modify.</summary>
    Osservazioni,
    /// <summary>The evaluator confirmed the judgement after the observations; notified again.</summary>
    Confermata,
    /// <summary>The evaluator modified the sheet after the observations; the new version is notified.</summary>
    Modificata,
    /// <summary>The person evaluated signed the sheet, closing the procedure.</summary>
    Accettata,
    /// <summary>The person evaluated did not accept: the ordinary judicial route remains open.</summary>
    Contestata,
    /// <summary>Final: the sheet counts for bands and pay and cannot change any more.</summary>
    Validata,
}

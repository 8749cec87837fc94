namespace PiaoPerformance.Domain.Common;

/// <summary>
/// Someone else saved the same record since it was read (ADR-006): nothing was written (→ 409). The message is
/// Italian; the screen keeps what the user typed so it can be applied again after a reload.
/// </summary>
public sealed class ConcurrencyConflictException(string? message = null, Exception? inner = null)
    : Exception(message ?? DefaultMessage, inner)
{
    public const string DefaultMessage =
        "Un altro utente ha salvato questa scheda nel frattempo: ricarica la pagina e riapplica le tue modifiche.";
}

namespace PiaoPerformance.Domain.Planning;

/// <summary>What a caller proposes for a phase; the objective checks it and numbers the phases.</summary>
public sealed record PhaseDraft(string Title, DateOnly? DueDate = null, bool Completed = false);

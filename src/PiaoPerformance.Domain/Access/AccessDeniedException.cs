namespace PiaoPerformance.Domain.Access;

/// <summary>The actor may not do this (403): a rule of <see cref="AccessRules"/> said no. The message is Italian.</summary>
public sealed class AccessDeniedException(string message) : Exception(message);

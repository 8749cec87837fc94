namespace PiaoPerformance.Domain.Common;

/// <summary>
/// The record does not exist for this actor (→ 404): a missing id and another ente's id read the same, so an id
/// guessed in a URL tells nothing. The message is Italian.
/// </summary>
public sealed class NotFoundException(string message) : Exception(message);

namespace PiaoPerformance.Domain.Common;

/// <summary>
/// A rule of the domain was broken. The message is Italian and meant for the user; <see cref="Field"/> names the
/// property it concerns, so a form can show it next to the field.
/// </summary>
public sealed class DomainException(string message, string? field = null) : Exception(message)
{
    public string? Field { get; } = field;
}

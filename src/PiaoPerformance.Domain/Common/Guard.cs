namespace PiaoPerformance.Domain.Common;

/// <summary>Checks shared by the entities; each throws a <see cref="DomainException"/> in Italian.</summary>
public static class Guard
{
    public static string Required(string? value, string field, string label)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new DomainException($"{label}: campo obbligatorio.", field);
        }

        return value.Trim();
    }

    public static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>A percentage between 0 and 100 inclusive (weights, shares, targets).</summary>
    public static decimal Percentage(decimal value, string field, string label)
    {
        if (value < 0m || value > 100m)
        {
            throw new DomainException($"{label}: deve essere compreso tra 0 e 100 (valore indicato: {Format.Number(value)}).", field);
        }

        return value;
    }

    public static decimal? Percentage(decimal? value, string field, string label) =>
        value is null ? null : Percentage(value.Value, field, label);

    public static void Period(DateOnly from, DateOnly? to, string field)
    {
        if (to is not null && to < from)
        {
            throw new DomainException(
                $"La data di fine ({Format.Date(to.Value)}) non può precedere la data di inizio ({Format.Date(from)}).", field);
        }
    }
}

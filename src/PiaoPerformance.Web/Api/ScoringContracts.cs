using System.Text.Json;

namespace PiaoPerformance.Web.Api;

// The public JSON shapes of the what-if scoring API (issue 4): camelCase, decimals as numbers, dates yyyy-MM-dd.
// They are translated to the domain's inputs in ScoringMapping; every rule is the domain's.

/// <summary>Relevance of a weighting-grid variable as the S4 sheets write it.</summary>
public enum Rilevanza
{
    Alto,
    Medio,
    Basso,
}

/// <summary>Classification areas as the API names them (CCNL 16.11.2022).</summary>
public enum AreaInquadramento
{
    Operatori,
    OperatoriEsperti,
    Istruttori,
    Funzionari,
}

public sealed record WeightingGridRequest(Rilevanza? Importance, Rilevanza? ExternalImpact, Rilevanza? Complexity, Rilevanza? Feasibility, decimal? ContributionPct = null);

public sealed record WeightingGridResponse(int Score, decimal? AbsoluteWeight, IReadOnlyList<string> Explanation);

public sealed record FundSplitRequest(decimal? Fund, IReadOnlyList<FundSplitUnitRequest>? Units, Dictionary<AreaInquadramento, decimal>? Coefficients = null);

public sealed record FundSplitUnitRequest(string? Id, Dictionary<AreaInquadramento, int>? Staff);

public sealed record FundSplitResponse(IReadOnlyList<FundSplitUnitResponse> Units, decimal Total, IReadOnlyList<string> Explanation);

public sealed record FundSplitUnitResponse(string Id, decimal WeightedUnits, decimal Amount);

public sealed record DeadlineResponse(DateOnly From, int WorkingDays, DateOnly Deadline, IReadOnlyList<string> Explanation);

/// <summary>Helpers shared by the scoring endpoints.</summary>
internal static class ApiJson
{
    /// <summary>A required value, or a domain error naming the field.</summary>
    public static T Required<T>(T? value, string field, string label)
        where T : struct =>
        value ?? throw new Domain.Common.DomainException($"{label}: campo obbligatorio.", field);

    public static T Required<T>(T? value, string field, string label)
        where T : class =>
        value ?? throw new Domain.Common.DomainException($"{label}: campo obbligatorio.", field);

    /// <summary>
    /// Runs a computation whose inputs the domain leaves unbounded (money): a decimal overflow becomes a domain error
    /// naming the field, not a 500.
    /// </summary>
    public static T WithinRange<T>(Func<T> compute, string field, string message)
    {
        try
        {
            return compute();
        }
        catch (OverflowException)
        {
            throw new Domain.Common.DomainException(message, field);
        }
    }

    public static bool IsNumber(JsonElement? element) => element is { ValueKind: JsonValueKind.Number };
}

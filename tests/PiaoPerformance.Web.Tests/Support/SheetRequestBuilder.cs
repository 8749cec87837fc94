using System.Text.Json.Nodes;

namespace PiaoPerformance.Web.Tests.Support;

/// <summary>
/// The JSON body of <c>POST /api/v1/scoring/sheet</c>, written with the field names issue 4 lists (so a renamed field
/// breaks the tests): role, year 2024, ente performance, behaviour scores, then objectives and optional parts.
/// </summary>
public sealed class SheetRequestBuilder
{
    private readonly JsonObject _body;
    private readonly JsonArray _objectives = [];

    private SheetRequestBuilder(string role, decimal entePerformance, int[] behaviourScores)
    {
        _body = new JsonObject
        {
            ["role"] = role,
            ["year"] = 2024,
            ["entePerformance"] = entePerformance,
            ["objectives"] = _objectives,
            ["behaviourScores"] = new JsonArray(behaviourScores.Select(s => (JsonNode?)s).ToArray()),
        };
    }

    /// <summary>Ten behaviour items of at most 5 (SPEC §3.3, employees).</summary>
    public static SheetRequestBuilder Dipendente(decimal entePerformance, params int[] behaviourScores) =>
        new("Dipendente", entePerformance, behaviourScores);

    /// <summary>Eight items of at most 5.</summary>
    public static SheetRequestBuilder Dirigente(decimal entePerformance, params int[] behaviourScores) =>
        new("Dirigente", entePerformance, behaviourScores);

    /// <summary>Six items of at most 5.</summary>
    public static SheetRequestBuilder Eq(decimal entePerformance, params int[] behaviourScores) =>
        new("Eq", entePerformance, behaviourScores);

    /// <summary>Nine items: four of at most 5, five of at most 4.</summary>
    public static SheetRequestBuilder Segretario(decimal entePerformance, params int[] behaviourScores) =>
        new("Segretario", entePerformance, behaviourScores);

    /// <summary>An employee with every objective at 100 % and C = 50 unless changed: D = ente × 25 % + 75.</summary>
    public static SheetRequestBuilder TopEmployee(decimal entePerformance = 100m) =>
        Dipendente(entePerformance, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5).Objective("O1", null, 100m);

    /// <summary>An objective with a direct achievement percentage; <paramref name="weight"/> null = equal weights.</summary>
    public SheetRequestBuilder Objective(string id, decimal? weight, decimal achievementPct, bool excluded = false) =>
        Objective(new JsonObject { ["id"] = id, ["weight"] = weight, ["achievementPct"] = achievementPct, ["excluded"] = excluded });

    /// <summary>An objective written out in full (a rule, contingentNotExercised, thirdPartyDelay...).</summary>
    public SheetRequestBuilder Objective(JsonObject objective)
    {
        _objectives.Add(objective);
        return this;
    }

    /// <summary>Sets (or with null, writes null into) a top-level field: sanctions, service, pay, options, year...</summary>
    public SheetRequestBuilder Set(string field, JsonNode? value)
    {
        _body[field] = value;
        return this;
    }

    public SheetRequestBuilder Without(string field)
    {
        _body.Remove(field);
        return this;
    }

    public SheetRequestBuilder Pay(decimal maximum, bool interimIncrease = false, bool? paymentTimesMet = null) =>
        Set("pay", new JsonObject { ["maximum"] = maximum, ["interimIncrease"] = interimIncrease, ["paymentTimesMet"] = paymentTimesMet });

    public SheetRequestBuilder Options(params (string Name, JsonNode? Value)[] options) =>
        Set("options", new JsonObject(options.Select(o => KeyValuePair.Create(o.Name, o.Value))));

    public SheetRequestBuilder Service(params (string Name, JsonNode? Value)[] service) =>
        Set("service", new JsonObject(service.Select(o => KeyValuePair.Create(o.Name, o.Value))));

    /// <summary>A copy of the body, safe to change further.</summary>
    public JsonObject Build() => (JsonObject)_body.DeepClone();
}

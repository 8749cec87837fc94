using System.Globalization;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;

namespace PiaoPerformance.Web.Tests.Support;

/// <summary>The kinds of id a page or endpoint takes.</summary>
public enum IdKind
{
    Plan,
    Objective,
    Unit,
    Person,
    /// <summary>An approved version's number: not an id of its own, it counts within the plan.</summary>
    VersionNumber,
    /// <summary>An evidence file of an objective's report.</summary>
    Evidence,
    /// <summary>An evaluation sheet.</summary>
    Sheet,
}

/// <summary>One id of each kind, all of one ente (or made up): the values a route is filled with.</summary>
public sealed record IdSet(Guid Plan, Guid Objective, Guid Unit, Guid Person, int VersionNumber, Guid Sheet)
{
    /// <summary>An evidence file of <see cref="Objective"/>'s report (<see cref="EvidenceSeed"/>).</summary>
    public Guid Evidence { get; init; }

    /// <summary>Ids nobody has: new GUIDs and a version number no plan reaches.</summary>
    public static IdSet MadeUp() => new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), 9999, Guid.NewGuid()) { Evidence = Guid.NewGuid() };

    public string ValueOf(IdKind kind) => kind switch
    {
        IdKind.Plan => Plan.ToString(),
        IdKind.Objective => Objective.ToString(),
        IdKind.Unit => Unit.ToString(),
        IdKind.Person => Person.ToString(),
        IdKind.VersionNumber => VersionNumber.ToString(CultureInfo.InvariantCulture),
        IdKind.Evidence => Evidence.ToString(),
        IdKind.Sheet => Sheet.ToString(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}

/// <summary>A parameter of a route: its name, where it sits, and the kind of id it takes.</summary>
public sealed record IdParameter(string Name, bool InQuery, IdKind Kind);

/// <summary>
/// A page or API operation that takes at least one id, e.g. <c>POST /api/v1/plans/{id}/units/{unitId}/submit</c> or
/// <c>/registro?oggetto=</c>. <see cref="Url"/> fills it with ids; <see cref="Cases"/> gives one URL per id
/// parameter with that one id swapped for a foreign one, the others left as the caller's own.
/// </summary>
public sealed partial record IdRoute(string Method, string Template, string? OperationId, bool HasBody, IReadOnlyList<IdParameter> Parameters)
{
    public string Name => $"{Method} {Template}{string.Concat(Parameters.Where(p => p.InQuery).Select((p, i) => $"{(i == 0 ? '?' : '&')}{p.Name}="))}";

    /// <summary>The route's URL (relative: no leading slash) with every parameter taken from <paramref name="ids"/>.</summary>
    public string Url(IdSet ids) => Url(p => ids.ValueOf(p.Kind));

    /// <summary>
    /// For each id parameter (version numbers only against <paramref name="foreign"/> made-up ids), the URL with that
    /// id from <paramref name="foreign"/> and the rest from <paramref name="own"/>: each id is checked on its own.
    /// </summary>
    public IEnumerable<(IdParameter Swapped, string Url)> Cases(IdSet own, IdSet foreign, bool swapNumbers) =>
        Parameters.Where(p => swapNumbers || p.Kind != IdKind.VersionNumber)
            .Select(swapped => (swapped, Url(p => (p == swapped ? foreign : own).ValueOf(p.Kind))));

    private string Url(Func<IdParameter, string> value)
    {
        var path = PathParameter().Replace(Template, m => Uri.EscapeDataString(value(Parameters.Single(p => !p.InQuery && p.Name == m.Groups[1].Value))));
        var query = string.Join('&', Parameters.Where(p => p.InQuery).Select(p => $"{p.Name}={Uri.EscapeDataString(value(p))}"));
        return path.TrimStart('/') + (query.Length == 0 ? "" : "?" + query);
    }

    /// <summary><c>{id}</c>, <c>{PlanId:guid}</c>, <c>{*rest}</c>: the parameter's name without constraint.</summary>
    [GeneratedRegex(@"\{\*?(\w+)(?::[^}]*)?\}")]
    internal static partial Regex PathParameter();
}

/// <summary>
/// Every page and API operation that takes an id, found in the running app's own descriptions so that a new one is
/// tested without anyone listing it: API operations from <c>/openapi/v1.json</c> (an id in the path, or a uuid in the
/// query), pages by reflection over the Web assembly (<see cref="RouteAttribute"/> templates with parameters, and
/// <see cref="SupplyParameterFromQueryAttribute"/> ids). Which id a parameter takes is known by the collection it
/// follows and its name (<see cref="Known"/>); a parameter the table does not know is reported, never skipped.
/// </summary>
public static class IdRoutes
{
    /// <summary>
    /// The parameters the matrix knows: "<c>collection/{name}</c>" for a path parameter (the literal segment before
    /// it), "<c>path?name</c>" for a query parameter (the last literal segment of the path).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, IdKind> Known = new Dictionary<string, IdKind>
    {
        // API
        ["plans/{id}"] = IdKind.Plan,
        ["objectives/{id}"] = IdKind.Objective,
        ["units/{unitId}"] = IdKind.Unit,
        ["units/{id}"] = IdKind.Unit,
        ["versions/{n}"] = IdKind.VersionNumber,
        ["audit?entityId"] = IdKind.Objective,
        ["audit?personId"] = IdKind.Person,
        ["sheet?planId"] = IdKind.Plan,
        ["evidence/{evidenceId}"] = IdKind.Evidence,
        ["sheets/{id}"] = IdKind.Sheet,

        // Pages
        ["piani/{PlanId}"] = IdKind.Plan,
        ["obiettivi/{ObjectiveId}"] = IdKind.Objective,
        ["unita/{UnitId}"] = IdKind.Unit,
        ["versioni/{Number}"] = IdKind.VersionNumber,
        ["registro?oggetto"] = IdKind.Objective,
        ["registro?persona"] = IdKind.Person,
        ["niv?unita"] = IdKind.Unit,
        ["schede/{SheetId}"] = IdKind.Sheet,
    };

    private static readonly string[] Methods = ["get", "post", "put", "patch", "delete"];

    /// <summary>Every API operation (under <c>/api/</c>) in the OpenAPI document, with or without ids.</summary>
    public static IReadOnlyList<IdRoute> ApiOperations(JsonNode openApi, ICollection<string> unknown)
    {
        var routes = new List<IdRoute>();
        foreach (var (path, item) in openApi["paths"]!.AsObject().Where(p => p.Key.StartsWith("/api/", StringComparison.Ordinal)))
        {
            foreach (var method in Methods.Where(m => item![m] is not null))
            {
                var operation = item![method]!;
                var query = (operation["parameters"]?.AsArray() ?? [])
                    .Where(p => (string?)p!["in"] == "query" && IsUuid(p["schema"]))
                    .Select(p => (string)p!["name"]!);
                routes.Add(Route(method.ToUpperInvariant(), path, query, unknown, (string?)operation["operationId"], operation["requestBody"] is not null));
            }
        }

        return routes;
    }

    /// <summary>Every routable page of the app: template, whether it lets anonymous visitors in, its ids.</summary>
    public static IReadOnlyList<(IdRoute Route, bool AllowsAnonymous)> Pages(ICollection<string> unknown)
    {
        var pages = new List<(IdRoute, bool)>();
        foreach (var type in typeof(Program).Assembly.GetTypes().Where(t => typeof(IComponent).IsAssignableFrom(t)))
        {
            var query = type.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
                .Where(p => Nullable.GetUnderlyingType(p.PropertyType) == typeof(Guid) || p.PropertyType == typeof(Guid))
                .Select(p => (Property: p, Attribute: p.GetCustomAttribute<SupplyParameterFromQueryAttribute>()))
                .Where(p => p.Attribute is not null)
                .Select(p => p.Attribute!.Name ?? p.Property.Name)
                .ToList();
            var anonymous = type.GetCustomAttribute<AllowAnonymousAttribute>() is not null;
            foreach (var route in type.GetCustomAttributes<RouteAttribute>())
            {
                pages.Add((Route("GET", route.Template, query, unknown, type.Name, hasBody: false), anonymous));
            }
        }

        return pages;
    }

    private static IdRoute Route(string method, string template, IEnumerable<string> queryIds, ICollection<string> unknown, string? operationId, bool hasBody)
    {
        var parameters = new List<IdParameter?>();
        var segments = template.Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < segments.Length; i++)
        {
            var match = IdRoute.PathParameter().Match(segments[i]);
            if (match.Success)
            {
                var key = $"{(i == 0 ? "" : segments[i - 1])}/{{{match.Groups[1].Value}}}";
                parameters.Add(Parameter(match.Groups[1].Value, inQuery: false, key, template, unknown));
            }
        }

        var last = segments.LastOrDefault(s => !s.StartsWith('{')) ?? "";
        parameters.AddRange(queryIds.Select(name => Parameter(name, inQuery: true, $"{last}?{name}", template, unknown)));
        return new IdRoute(method, template, operationId, hasBody, parameters.OfType<IdParameter>().ToList());
    }

    /// <summary>The parameter with its kind of id; null (and a line in <paramref name="unknown"/>) when the table lacks it.</summary>
    private static IdParameter? Parameter(string name, bool inQuery, string key, string template, ICollection<string> unknown)
    {
        if (Known.TryGetValue(key, out var kind))
        {
            return new IdParameter(name, inQuery, kind);
        }

        unknown.Add($"{template}: parameter '{name}' (key \"{key}\") is not in IdRoutes.Known. Add it with the kind of id it takes, " +
            "so that the IDOR matrix tries this route with another ente's id and a made-up one.");
        return null;
    }

    private static bool IsUuid(JsonNode? schema) =>
        (string?)schema?["format"] == "uuid" || (schema?["oneOf"] ?? schema?["anyOf"])?.AsArray().Any(IsUuid) == true;
}

using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Organisation;
using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Domain.Rewards;
using PiaoPerformance.Domain.Scoring;
using PiaoPerformance.Infrastructure.Scoring;
using PiaoPerformance.Web.Security;

namespace PiaoPerformance.Web.Api;

/// <summary>The what-if scoring API: every number comes from the domain engine with its explanation.</summary>
internal static partial class ScoringEndpoints
{
    public static RouteGroupBuilder MapScoringEndpoints(this RouteGroupBuilder api)
    {
        var scoring = api.MapGroup("/scoring").WithTags("Simulazione punteggi");
        scoring.MapPost("/sheet", ScoreSheet)
            .WithName("ScoreSheet")
            .WithSummary("Calcola una scheda di valutazione (componenti A, B, C, D, fascia, premio) con la spiegazione di ogni passaggio.")
            .ProducesValidationProblem();
        scoring.MapPost("/fund-split", SplitFund)
            .WithName("SplitFund")
            .WithSummary("Ripartisce il fondo tra le unità per personale al 1° gennaio e coefficienti di inquadramento.")
            .ProducesValidationProblem();
        scoring.MapPost("/weighting-grid", ScoreWeightingGrid)
            .WithName("ScoreWeightingGrid")
            .WithSummary("Esito della pesatura di un obiettivo e peso assoluto in capo all'unità.")
            .ProducesValidationProblem();
        return api;
    }

    private static WeightingGridResponse ScoreWeightingGrid(WeightingGridRequest request)
    {
        var grid = new WeightingGrid(
            Level(request.Importance, "importance", "Importanza"),
            Level(request.ExternalImpact, "externalImpact", "Impatto esterno"),
            Level(request.Complexity, "complexity", "Complessità"),
            Level(request.Feasibility, "feasibility", "Realizzabilità"));
        var explanation = new Explanation();
        var score = WeightingScale.Default.Score(grid, explanation);
        decimal? absolute = request.ContributionPct is { } pct ? WeightingScale.AbsoluteWeight(score, pct, explanation) : null;
        return new WeightingGridResponse(score, absolute, explanation.Lines);
    }

    private static FundSplitResponse SplitFund(FundSplitRequest request)
    {
        var fund = ApiJson.Required(request.Fund, "fund", "Fondo da ripartire");
        var units = ApiJson.Required(request.Units, "units", "Unità");
        var coefficients = request.Coefficients is { Count: > 0 } overrides
            ? ClassificationCoefficients.Ccnl2019_2021.With(overrides.ToDictionary(o => Area(o.Key), o => o.Value))
            : ClassificationCoefficients.Ccnl2019_2021;
        var headcounts = units.Select((u, i) => new UnitHeadcount(
                (u ?? throw new DomainException($"Unità n. {i + 1}: manca (null).", $"units[{i}]")).Id ?? "",
                (u.Staff ?? throw new DomainException("Personale dell'unità: campo obbligatorio.", $"units[{i}].staff"))
                    .ToDictionary(s => Area(s.Key), s => s.Value)))
            .ToList();
        var explanation = new Explanation();
        var result = ApiJson.WithinRange(() => FundSplit.Split(fund, headcounts, coefficients, explanation),
            "fund", "Fondo, coefficienti o personale troppo grandi per il calcolo.");
        return new FundSplitResponse(
            result.Units.Select(u => new FundSplitUnitResponse(u.Id, u.WeightedUnits, u.Amount)).ToList(),
            result.Total,
            explanation.Lines);
    }

    private static RatingLevel Level(Rilevanza? value, string field, string label) => ApiJson.Required(value, field, label) switch
    {
        Rilevanza.Alto => RatingLevel.High,
        Rilevanza.Medio => RatingLevel.Medium,
        _ => RatingLevel.Low,
    };

    private static ClassificationArea Area(AreaInquadramento area) => area switch
    {
        AreaInquadramento.Operatori => ClassificationArea.Operatori,
        AreaInquadramento.OperatoriEsperti => ClassificationArea.OperatoriEsperti,
        AreaInquadramento.Istruttori => ClassificationArea.Istruttori,
        _ => ClassificationArea.FunzionariEQ,
    };
}

internal static partial class ScoringEndpoints
{
    /// <summary>Scores with the evaluation system of the plan's cycle (<c>?planId=</c>), by default the ente's latest cycle.</summary>
    private static async Task<SheetResponse> ScoreSheet(SheetRequest request, Guid? planId, ScoringSettings settings, CurrentActor current, CancellationToken ct)
    {
        var input = SheetMapping.ToInput(request);
        var system = await settings.SystemForAsync(await current.GetAsync(ct), planId, ct);
        // The only unbounded amount of a sheet is the maximum pay: an overflow can only come from it.
        var result = ApiJson.WithinRange(() => SheetCalculator.Score(input, system, new Explanation()),
            "pay.maximum", "Importo massimo troppo grande per il calcolo.");
        return SheetMapping.ToResponse(result);
    }
}

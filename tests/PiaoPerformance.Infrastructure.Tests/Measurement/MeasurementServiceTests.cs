using Microsoft.EntityFrameworkCore;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Achievement;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Planning;
using PiaoPerformance.Infrastructure.Measurement;
using PiaoPerformance.Infrastructure.Tests.Support;

namespace PiaoPerformance.Infrastructure.Tests.Measurement;

/// <summary>The NIV's measure through the service, on PostgreSQL: prefill, override, delay, exclusion, sign-off, agreement.</summary>
public sealed class MeasurementServiceTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    /// <summary>S0:283: ≥ 75 → 100 %, 40 ≤ x &lt; 75 → 50 %, &lt; 40 → 0 %. A new instance per card: a rule is owned by one card.</summary>
    private static AchievementRule Recruitment() => new(AchievementRuleKind.NumericThreshold,
    [
        new AchievementStep("Almeno il 75% delle procedure", 100m, 75m),
        new AchievementStep("Fino al 40%", 50m, 40m),
        new AchievementStep("Meno del 40%", 0m, 0m),
    ], "%");

    private MeasurementService Measures => database.Get<MeasurementService>();

    private ReportingService Reporting => database.Get<ReportingService>();

    private MeasurementQueries Queries => database.Get<MeasurementQueries>();

    [Fact]
    public async Task TheValueIsPrefilledFromTheThresholdRuleAndTheReportedValueAndAnOverrideKeepsItsReason()
    {
        var (plan, niv) = await ReportedPlanAsync(measuredValue: 60m);
        var card = plan.ObjectivesOf("I")[0];

        var before = (await Queries.GetMeasurementAsync(niv[0], card.Id, 2024)).ShouldNotBeNull();
        (before.ProposedPct, before.EffectivePct, before.Version, before.CanMeasure).ShouldBe((50m, (decimal?)50m, (uint?)null, true));
        before.ProposalExplanation.ShouldHaveSingleItem().ShouldContain("≥ soglia 40");

        await Should.ThrowAsync<DomainException>(() => Measures.SaveAsync(niv[0], card.Id, 2024, Override(70m, " "), null));
        await Measures.SaveAsync(niv[0], card.Id, 2024, Override(70m, "Procedure avviate a inizio 2025 per causa non imputabile"), null);

        var after = (await Queries.GetMeasurementAsync(TestActors.ReaderOf(plan.Municipality.Id), card.Id, 2024)).ShouldNotBeNull();
        (after.ProposedPct, after.OverridePct, after.OverrideReason, after.EffectivePct, after.CanMeasure)
            .ShouldBe((50m, (decimal?)70m, "Procedure avviate a inizio 2025 per causa non imputabile", (decimal?)70m, false));
    }

    [Fact]
    public async Task OnlyTheNivMeasuresAndOnlyOnceTheReportingHasStarted()
    {
        var plan = await new TestPlan().Unit("I", 100m).WithSegretario().SaveAsync(database.ContextFactory);
        var card = plan.ObjectivesOf("I")[0];
        var niv = TestActors.NivOf(plan);
        await database.MoveToAsync(plan, PlanState.Monitoraggio);

        (await Should.ThrowAsync<AccessDeniedException>(() => Measures.SaveAsync(niv, card.Id, 2024, Override(90m, "x"), null)))
            .Message.ShouldBe("La misurazione del NIV è possibile con il piano in Rendicontazione o in Valutazione NIV.");
        await database.MoveToAsync(plan, PlanState.Rendicontazione);
        foreach (var actor in new[] { TestActors.SegretarioOf(plan), TestActors.Of(plan, plan.HeadOf("I")), TestActors.ReaderOf(plan.Municipality.Id) })
        {
            (await Should.ThrowAsync<AccessDeniedException>(() => Measures.SignOffAsync(actor, card.Id, 2024, null))).Message.ShouldBe(AccessRules.NotNiv);
        }
    }

    [Fact]
    public async Task TheBoardsAgreedValuesReachTheSheetsWithExclusionsAndTheReweightingShowsOriginalAndEffectiveWeights()
    {
        var (plan, niv) = await ReportedPlanAsync(measuredValue: 80m, weights: [50m, 30m, 20m]);
        var (first, second, third) = (plan.ObjectivesOf("I")[0], plan.ObjectivesOf("I")[1], plan.ObjectivesOf("I")[2]);
        await Measures.SaveAsync(niv[0], second.Id, 2024, new MeasureInput(null, null, false, null, null, true, "Situazione di fatto non verificata"), null);
        await Measures.SaveAsync(niv[0], third.Id, 2024, new MeasureInput(null, null, true, "Parere regionale mai reso", "Nota prot. 812/2024", false, null), null);

        var weights = (await Queries.GetWeightsAsync(niv[1], plan.Cycle.Id, plan.Units[0].Id, 2024)).ShouldNotBeNull();
        weights.Rows.Select(r => (r.OriginalWeight, Math.Round(r.EffectiveWeight, 4), r.Excluded)).ShouldBe([(50m, 71.4286m, false), (30m, 0m, true), (20m, 28.5714m, false)]);
        weights.Rows.Select(r => r.AchievementPct).ShouldBe([(decimal?)100m, null, 100m], "80 % of procedures reaches the top step; the delayed one counts as achieved");

        foreach (var card in new[] { first, second, third })
        {
            await SignAndAgreeAsync(niv, card.Id);
        }

        var agreed = await Queries.AgreedAchievementsAsync(TestActors.ReaderOf(plan.Municipality.Id), plan.Cycle.Id, 2024);
        agreed.Count.ShouldBe(3);
        (agreed[first.Id].AchievementPct, agreed[first.Id].Excluded).ShouldBe(((decimal?)100m, false));
        (agreed[second.Id].AchievementPct, agreed[second.Id].Excluded, agreed[second.Id].ExclusionReason).ShouldBe(((decimal?)null, true, "Situazione di fatto non verificata"));
        (agreed[third.Id].AchievementPct, agreed[third.Id].ThirdPartyDelay).ShouldBe(((decimal?)100m, true));
        (await Queries.AgreedAchievementsAsync(TestActors.ReaderOf(Guid.NewGuid()), plan.Cycle.Id, 2024)).ShouldBeEmpty("another ente sees nothing");

        // The agreed values fill the cards' "Realizzata" column of 2024 (the Relazione view); the excluded card stays empty.
        await using var db = await database.NewContextAsync();
        var actuals = await db.Objectives.AsNoTracking().Where(o => o.PlanCycleId == plan.Cycle.Id).ToDictionaryAsync(o => o.Id, o => o.TargetOf(2024)?.ActualPct);
        (actuals[first.Id], actuals[second.Id], actuals[third.Id]).ShouldBe(((decimal?)100m, (decimal?)null, (decimal?)100m));
    }

    [Fact]
    public async Task AgreementNeedsEveryMembersSignatureAndThenTheMeasureIsFinal()
    {
        var (plan, niv) = await ReportedPlanAsync(measuredValue: 30m);
        var card = plan.ObjectivesOf("I")[0];
        var version = await Measures.SignOffAsync(niv[0], card.Id, 2024, null);

        (await Should.ThrowAsync<DomainException>(() => Measures.AgreeAsync(niv[0], card.Id, 2024, version)))
            .Message.ShouldBe("Sottoscrizioni: mancano 1 su 2 componenti del NIV sul valore attuale; il valore concordato richiede la firma di tutti.");
        version = await Measures.SignOffAsync(niv[1], card.Id, 2024, version);
        version = await Measures.AgreeAsync(niv[1], card.Id, 2024, version);

        var view = (await Queries.GetMeasurementAsync(niv[0], card.Id, 2024)).ShouldNotBeNull();
        (view.IsFinal, view.AgreedPct, view.BoardSize, view.AgreedBy).ShouldBe((true, (decimal?)0m, 2, niv[1].DisplayName));
        view.SignOffs.Count(s => s.IsCurrent).ShouldBe(2);
        (await Should.ThrowAsync<DomainException>(() => Measures.SaveAsync(niv[0], card.Id, 2024, Override(100m, "Ripensamento"), version)))
            .Message.ShouldBe("La misurazione è definitiva: il valore concordato dal NIV non si modifica più.");
    }

    [Fact]
    public async Task ASaveFromAStaleVersionIsAConflict()
    {
        var (plan, niv) = await ReportedPlanAsync(measuredValue: 80m);
        var card = plan.ObjectivesOf("I")[0];
        var version = await Measures.AddEventAsync(niv[0], card.Id, 2024, new DateOnly(2024, 9, 1), "Proroga concessa dal Ministero", null);

        await Measures.SignOffAsync(niv[0], card.Id, 2024, version);
        await Should.ThrowAsync<ConcurrencyConflictException>(() => Measures.SignOffAsync(niv[1], card.Id, 2024, version));

        var view = (await Queries.GetMeasurementAsync(niv[0], card.Id, 2024)).ShouldNotBeNull();
        view.Events.ShouldHaveSingleItem().Description.ShouldBe("Proroga concessa dal Ministero");
        view.SignOffs.ShouldHaveSingleItem().MemberPersonId.ShouldBe(niv[0].PersonId);
    }

    private static MeasureInput Override(decimal pct, string reason) => new(pct, reason, false, null, null, false, null);

    private async Task SignAndAgreeAsync(IReadOnlyList<Actor> niv, Guid objectiveId)
    {
        uint? version = (await Queries.GetMeasurementAsync(niv[0], objectiveId, 2024))!.Version;
        foreach (var member in niv)
        {
            version = await Measures.SignOffAsync(member, objectiveId, 2024, version);
        }

        await Measures.AgreeAsync(niv[0], objectiveId, 2024, version);
    }

    /// <summary>Settore I with the recruitment rule on every card, each reported at <paramref name="measuredValue"/>; plan in Rendicontazione; a NIV of two.</summary>
    private async Task<(TestPlan Plan, IReadOnlyList<Actor> Niv)> ReportedPlanAsync(decimal measuredValue, decimal[]? weights = null)
    {
        var plan = new TestPlan().Unit("I", weights ?? [100m]);
        foreach (var card in plan.Objectives)
        {
            card.SetAchievementRule(Recruitment());
        }

        await plan.SaveAsync(database.ContextFactory);
        await database.MoveToAsync(plan, PlanState.Rendicontazione);
        var head = TestActors.Of(plan, plan.HeadOf("I"));
        foreach (var card in plan.Objectives)
        {
            var version = await Reporting.SaveReportAsync(head, card.Id, 2024, new ReportInput(null, measuredValue, null, "Relazione", []), null);
            await Reporting.SubmitAsync(head, card.Id, 2024, version);
        }

        return (plan, await database.BoardAsync(plan, 2));
    }
}

using Microsoft.EntityFrameworkCore;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Infrastructure.Audit;
using PiaoPerformance.Infrastructure.Data;
using PiaoPerformance.Infrastructure.Tests.Support;

namespace PiaoPerformance.Infrastructure.Tests.Audit;

/// <summary>
/// The audit page's reads: by objective, by person, by period, newest first, for the Segretario, the NIV and the
/// Amministratore of the ente only; another ente's rows never come back.
/// </summary>
public sealed class AuditQueriesTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private AuditQueries Queries => database.Get<AuditQueries>();

    [Fact]
    public async Task FilteringByObjectiveReturnsItsRowsWithAReadableSubject()
    {
        var plan = await new TestPlan().Unit("II", 60m, 40m).SaveAsync(database.ContextFactory);
        var niv = TestActors.ReaderOf(plan.Municipality.Id, AppRole.Niv);
        await EditAsync(plan.Objectives[1].Id, niv, 30m);

        var page = await Queries.FindAsync(niv, new AuditFilter(EntityId: plan.Objectives[1].Id));

        page.TotalRows.ShouldBe(2);
        page.Rows.Select(r => r.Action).ShouldBe([AuditAction.Modified, AuditAction.Created], "newest first");
        page.Rows.ShouldAllBe(r => r.Subject == "Obiettivo n. 2 – SETTORE II");
        page.Rows[0].Actor!.Name.ShouldBe(niv.DisplayName);
        page.Rows[1].Actor.ShouldBeNull("the plan was created by the system");
        var weight = page.Rows[0].Changes.ShouldHaveSingleItem();
        (weight.Field, weight.Old!.GetValue<decimal>(), weight.New!.GetValue<decimal>()).ShouldBe(("Weight", 40m, 30m));
    }

    [Fact]
    public async Task FilteringByPersonReturnsWhatTheyDidAndWhatConcernsThem()
    {
        var plan = await new TestPlan().Unit("I", 60m, 40m).SaveAsync(database.ContextFactory);
        var segretario = TestActors.ReaderOf(plan.Municipality.Id, AppRole.Amministratore);
        var other = TestActors.ReaderOf(plan.Municipality.Id, AppRole.Amministratore);
        await EditAsync(plan.Objectives[0].Id, segretario, 50m);
        await EditAsync(plan.Objectives[1].Id, other, 50m);
        var head = plan.People[0];

        var bySegretario = await Queries.FindAsync(segretario, new AuditFilter(PersonId: segretario.PersonId));
        var aboutHead = await Queries.FindAsync(segretario, new AuditFilter(PersonId: head.Id));

        bySegretario.Rows.ShouldHaveSingleItem().EntityId.ShouldBe(plan.Objectives[0].Id);
        aboutHead.Rows.Select(r => r.EntityType).Order().ShouldBe(["ManagerAssignment", "Person"]);
        aboutHead.Rows.Single(r => r.EntityType == "Person").Subject.ShouldBe(head.DisplayName);
        // The assignment's values name the person and the unit by id; the page gets their names alongside.
        (aboutHead.Names[head.Id], aboutHead.Names[plan.Units[0].Id]).ShouldBe((head.DisplayName, "SETTORE I"));
    }

    [Fact]
    public async Task FilteringByPeriodCountsDaysInRomesTime()
    {
        var ente = (await new TestPlan().SaveAsync(database.ContextFactory)).Municipality.Id;
        var subject = Guid.NewGuid();
        // 23:30 UTC on 1 March is 00:30 on 2 March in Rome; 21:59 UTC on 31 July is 23:59 in Rome (summer time).
        await AddRowsAsync(ente, subject, new DateTimeOffset(2025, 3, 1, 22, 30, 0, TimeSpan.Zero),
            new DateTimeOffset(2025, 3, 1, 23, 30, 0, TimeSpan.Zero), new DateTimeOffset(2025, 7, 31, 21, 59, 0, TimeSpan.Zero),
            new DateTimeOffset(2025, 7, 31, 22, 0, 0, TimeSpan.Zero));
        var reader = TestActors.ReaderOf(ente, AppRole.Niv);

        var page = await Queries.FindAsync(reader, new AuditFilter(EntityId: subject, From: new DateOnly(2025, 3, 2), To: new DateOnly(2025, 7, 31)));

        page.Rows.Select(r => r.OccurredAt.UtcDateTime.ToString("MM-dd HH:mm")).ShouldBe(["07-31 21:59", "03-01 23:30"]);
        await Should.ThrowAsync<DomainException>(() =>
            Queries.FindAsync(reader, new AuditFilter(From: new DateOnly(2025, 8, 1), To: new DateOnly(2025, 7, 1))));
    }

    [Fact]
    public async Task RowsComeFiftyAPageNewestFirst()
    {
        var ente = (await new TestPlan().SaveAsync(database.ContextFactory)).Municipality.Id;
        var subject = Guid.NewGuid();
        var start = new DateTimeOffset(2025, 1, 1, 8, 0, 0, TimeSpan.Zero);
        await AddRowsAsync(ente, subject, Enumerable.Range(0, 60).Select(i => start.AddMinutes(i)).ToArray());
        var reader = TestActors.ReaderOf(ente, AppRole.Amministratore);

        var first = await Queries.FindAsync(reader, new AuditFilter(EntityId: subject));
        var second = await Queries.FindAsync(reader, new AuditFilter(EntityId: subject, Page: 2));

        (first.Rows.Count, second.Rows.Count, first.TotalRows, first.TotalPages).ShouldBe((50, 10, 60, 2));
        first.Rows[0].OccurredAt.ShouldBe(start.AddMinutes(59));
        second.Rows[^1].OccurredAt.ShouldBe(start);
    }

    [Theory]
    [InlineData(AppRole.Giunta)]
    [InlineData(AppRole.Sindaco)]
    public async Task OnlyTheSegretarioTheNivAndTheAmministratoreMayReadIt(AppRole role)
    {
        var ente = (await new TestPlan().SaveAsync(database.ContextFactory)).Municipality.Id;

        await Should.ThrowAsync<AccessDeniedException>(() => Queries.FindAsync(TestActors.ReaderOf(ente, role), new AuditFilter()));
        await Should.ThrowAsync<AccessDeniedException>(() => Queries.GetFilterOptionsAsync(TestActors.ReaderOf(ente, role)));
    }

    [Fact]
    public async Task AResponsabileMayNotReadItButTheSegretarioMay()
    {
        var plan = await new TestPlan().Unit("I", 60m).WithSegretario().SaveAsync(database.ContextFactory);
        var head = TestActors.Of(plan, plan.HeadOf("I"));

        head.Has(AppRole.Responsabile).ShouldBeTrue();
        await Should.ThrowAsync<AccessDeniedException>(() => Queries.FindAsync(head, new AuditFilter()));
        (await Queries.FindAsync(TestActors.SegretarioOf(plan), new AuditFilter())).TotalRows.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task AnotherEntesRowsAreNeverReturned()
    {
        var mine = await new TestPlan("Comune A").Unit("I", 60m).SaveAsync(database.ContextFactory);
        var theirs = await new TestPlan("Comune B").Unit("I", 60m).SaveAsync(database.ContextFactory);
        var reader = TestActors.ReaderOf(mine.Municipality.Id, AppRole.Niv);
        await EditAsync(theirs.FirstUnitObjective.Id, TestActors.ReaderOf(theirs.Municipality.Id, AppRole.Niv), 10m);

        var all = await Queries.FindAsync(reader, new AuditFilter());
        var options = await Queries.GetFilterOptionsAsync(reader);

        // Their objective, their person and a made-up id read alike: not found.
        await Should.ThrowAsync<NotFoundException>(() => Queries.FindAsync(reader, new AuditFilter(EntityId: theirs.FirstUnitObjective.Id)));
        await Should.ThrowAsync<NotFoundException>(() => Queries.FindAsync(reader, new AuditFilter(PersonId: theirs.People[0].Id)));
        await Should.ThrowAsync<NotFoundException>(() => Queries.FindAsync(reader, new AuditFilter(EntityId: Guid.NewGuid())));
        all.Rows.ShouldNotBeEmpty();
        all.Rows.ShouldAllBe(r => r.EntityId != theirs.FirstUnitObjective.Id && r.EntityId != theirs.Municipality.Id);
        all.TotalRows.ShouldBe((await database.OfEnteAsync(mine.Municipality.Id)).Count);
        options.Objectives.Select(o => o.Id).ShouldBe(mine.Objectives.Select(o => o.Id));
        options.People.Select(p => p.Id).ShouldBe(mine.People.Select(p => p.Id));
    }

    private async Task EditAsync(Guid objectiveId, Actor actor, decimal weight)
    {
        await using var db = await database.NewContextAsync();
        db.AuditActor = actor;
        (await db.Objectives.SingleAsync(o => o.Id == objectiveId)).SetWeight(weight);
        await db.SaveChangesAsync();
    }

    private async Task AddRowsAsync(Guid ente, Guid subject, params DateTimeOffset[] times)
    {
        await using var db = await database.NewContextAsync();
        db.AuditEntries.AddRange(times.Select(t =>
            new AuditEntry(Guid.NewGuid(), t, ente, null, "Objective", subject, null, AuditAction.Modified, "{}", "{}", null)));
        await db.SaveChangesAsync();
    }
}

using PiaoPerformance.Domain.Organisation;
using PiaoPerformance.Infrastructure.Home;
using PiaoPerformance.Infrastructure.Tests.Support;

namespace PiaoPerformance.Infrastructure.Tests.Home;

/// <summary>The home pages' change notifier on real PostgreSQL: raised for the ente after a commit, never before or on rollback.</summary>
public sealed class HomeChangesTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task ASaveRaisesTheChangeForItsEnteOnly()
    {
        var plan = await new TestPlan().Unit("I", 60m).SaveAsync(database.ContextFactory);
        var (mine, other) = (0, 0);
        using var a = database.Get<HomeChanges>().Subscribe(plan.Municipality.Id, () => Interlocked.Increment(ref mine));
        using var b = database.Get<HomeChanges>().Subscribe(Guid.NewGuid(), () => Interlocked.Increment(ref other));

        await using var db = await database.NewContextAsync();
        db.People.Add(new Person(plan.Municipality.Id, null, "Nuova", "Persona"));
        await db.SaveChangesAsync();

        (mine, other).ShouldBe((1, 0));
    }

    [Fact]
    public async Task InATransactionTheChangeIsRaisedAtTheCommitAndNotAtAll()
    {
        var plan = await new TestPlan().Unit("I", 60m).SaveAsync(database.ContextFactory);
        var raised = 0;
        using var subscription = database.Get<HomeChanges>().Subscribe(plan.Municipality.Id, () => Interlocked.Increment(ref raised));

        await using (var db = await database.NewContextAsync())
        {
            await using var rolledBack = await db.Database.BeginTransactionAsync();
            db.People.Add(new Person(plan.Municipality.Id, null, "Mai", "Salvata"));
            await db.SaveChangesAsync();
            await rolledBack.RollbackAsync();
        }

        raised.ShouldBe(0);
        await using (var db = await database.NewContextAsync())
        {
            await using var committed = await db.Database.BeginTransactionAsync();
            db.People.Add(new Person(plan.Municipality.Id, null, "Poi", "Salvata"));
            await db.SaveChangesAsync();
            raised.ShouldBe(0);
            await committed.CommitAsync();
        }

        raised.ShouldBe(1);
    }

    [Fact]
    public void ADisposedSubscriptionHearsNothingMore()
    {
        var changes = new HomeChanges();
        var (ente, heard) = (Guid.NewGuid(), 0);
        var subscription = changes.Subscribe(ente, () => heard++);
        changes.Raise(ente);
        subscription.Dispose();
        changes.Raise(ente);

        (heard, changes.ListenersOf(ente)).ShouldBe((1, 0));
    }
}

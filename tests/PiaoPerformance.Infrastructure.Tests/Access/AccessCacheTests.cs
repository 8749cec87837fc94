using Microsoft.EntityFrameworkCore;
using Npgsql;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Organisation;
using PiaoPerformance.Infrastructure.Access;
using PiaoPerformance.Infrastructure.Tests.Support;

namespace PiaoPerformance.Infrastructure.Tests.Access;

/// <summary>
/// The per-account cache of session checks and actors (ADR-019): a change saved through the app empties it once
/// committed, not before; a change behind the app's back counts once the entry is <see cref="AccessCache.Lifetime"/>
/// old; a save that touches no account, person, grant or assignment keeps it.
/// </summary>
public sealed class AccessCacheTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private AccountService Accounts => database.Get<AccountService>();

    private ActorLoader Actors => database.Get<ActorLoader>();

    [Fact]
    public async Task ADisablingCommittedInATransactionEndsTheSessionAtTheCommitNotBefore()
    {
        var (account, _) = await NewAccountAsync();
        (await Accounts.IsSessionValidAsync(account.Id, account.SecurityStamp)).ShouldBeTrue();

        await using var db = await database.NewContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        (await db.UserAccounts.SingleAsync(a => a.Id == account.Id)).Disable();
        await db.SaveChangesAsync();
        var beforeCommit = await Accounts.IsSessionValidAsync(account.Id, account.SecurityStamp);
        await transaction.CommitAsync();

        beforeCommit.ShouldBeTrue("until the commit the account is enabled for everyone else");
        (await Accounts.IsSessionValidAsync(account.Id, account.SecurityStamp)).ShouldBeFalse();
        (await Actors.LoadAsync(account.Id)).ShouldBeNull();
    }

    [Fact]
    public async Task ARolledBackChangeLeavesTheSessionAsItWas()
    {
        var (account, _) = await NewAccountAsync();

        await using (var db = await database.NewContextAsync())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            (await db.UserAccounts.SingleAsync(a => a.Id == account.Id)).Disable();
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        (await Accounts.IsSessionValidAsync(account.Id, account.SecurityStamp)).ShouldBeTrue();
        (await Accounts.IsSessionValidAsync(account.Id, "un altro timbro")).ShouldBeFalse();
    }

    [Fact]
    public async Task AGrantSavedThroughTheAppShowsInTheNextActor()
    {
        var (account, person) = await NewAccountAsync();
        (await Actors.LoadAsync(account.Id)).ShouldNotBeNull().Roles.ShouldBeEmpty();

        await using (var db = await database.NewContextAsync())
        {
            db.AccessGrants.Add(new AccessGrant(person.MunicipalityId, person.Id, AppRole.Niv, new DateOnly(2000, 1, 1)));
            await db.SaveChangesAsync();
        }

        (await Actors.LoadAsync(account.Id)).ShouldNotBeNull().Roles.ShouldBe([AppRole.Niv]);
    }

    [Fact]
    public async Task AChangeBehindTheAppsBackCountsOnceTheEntryIsALifetimeOld()
    {
        var clock = new ManualClock();
        var cache = new AccessCache(clock);
        var accounts = new AccountService(database.ContextFactory, TimeProvider.System, cache);
        var actors = new ActorLoader(database.ContextFactory, TimeProvider.System, cache);
        var (account, _) = await NewAccountAsync();
        (await accounts.IsSessionValidAsync(account.Id, account.SecurityStamp)).ShouldBeTrue();
        (await actors.LoadAsync(account.Id)).ShouldNotBeNull();

        await DisableBehindTheAppsBackAsync(account.Id);
        clock.Advance(AccessCache.Lifetime - TimeSpan.FromSeconds(1));
        var stillCached = await accounts.IsSessionValidAsync(account.Id, account.SecurityStamp);
        clock.Advance(TimeSpan.FromSeconds(1));

        stillCached.ShouldBeTrue("the entry is younger than its lifetime and nothing went through the app");
        (await accounts.IsSessionValidAsync(account.Id, account.SecurityStamp)).ShouldBeFalse();
        (await actors.LoadAsync(account.Id)).ShouldBeNull();
    }

    [Fact]
    public async Task ASaveThatTouchesNoAccountPersonGrantOrAssignmentKeepsTheCache()
    {
        var (account, _) = await NewAccountAsync();
        var plan = await new TestPlan().Unit("I", 100m).SaveAsync(database.ContextFactory);
        (await Accounts.IsSessionValidAsync(account.Id, account.SecurityStamp)).ShouldBeTrue();

        // Behind the app's back, so only an emptied cache would notice it before the entry's lifetime.
        await DisableBehindTheAppsBackAsync(account.Id);
        await using (var db = await database.NewContextAsync())
        {
            var card = await db.Objectives.SingleAsync(o => o.Id == plan.FirstUnitObjective.Id);
            card.Describe(card.Theme, card.Title, "Descrizione cambiata", card.ExpectedResult, card.VerificationMethod);
            await db.SaveChangesAsync();
        }

        (await Accounts.IsSessionValidAsync(account.Id, account.SecurityStamp)).ShouldBeTrue();
    }

    private async Task<(UserAccount Account, Person Person)> NewAccountAsync()
    {
        var plan = await new TestPlan().SaveAsync(database.ContextFactory);
        var person = new Person(plan.Municipality.Id, null, "Utente", "Della Cache");
        var account = new UserAccount(plan.Municipality.Id, person.Id, $"cache-{Guid.NewGuid():N}"[..20], AccountService.Hash(null, "Password-di-prova"));
        await using var db = await database.NewContextAsync();
        db.People.Add(person);
        db.UserAccounts.Add(account);
        await db.SaveChangesAsync();
        return (account, person);
    }

    /// <summary>Plain SQL on a connection of its own: no context, so no interceptor sees it.</summary>
    private async Task DisableBehindTheAppsBackAsync(Guid accountId)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("UPDATE \"UserAccounts\" SET \"IsDisabled\" = true WHERE \"Id\" = @id", connection);
        command.Parameters.AddWithValue("id", accountId);
        (await command.ExecuteNonQueryAsync()).ShouldBe(1);
    }

    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}

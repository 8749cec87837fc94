using Microsoft.EntityFrameworkCore;
using Npgsql;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Infrastructure.Access;
using PiaoPerformance.Infrastructure.Data;
using PiaoPerformance.Infrastructure.Tests.Support;

namespace PiaoPerformance.Infrastructure.Tests.Data;

/// <summary>
/// Accounts in the audit: a password hash or a security stamp never reaches it (only the fact that it changed), and a
/// sign-in's counters are not a change anyone decided, so they write no row.
/// </summary>
public sealed class AuditSecretsTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private const string Password = "Una password lunga 1";

    [Fact]
    public async Task CreatingAnAccountAndChangingItsPasswordNeverWritesTheHashOrTheStamp()
    {
        var (account, accounts) = await NewAccountAsync();
        await accounts.ChangePasswordAsync(account.Id, Password, "Un'altra password 2");

        var rows = await database.AboutAsync(account.Id);
        rows.Select(r => r.Action).ShouldBe([AuditAction.Created, AuditAction.Modified]);
        rows[0].New()["PasswordHash"]!.GetValue<string>().ShouldBe("***");
        rows[0].New()["Username"]!.GetValue<string>().ShouldBe(account.Username);
        rows[1].Old()["PasswordHash"]!.GetValue<string>().ShouldBe("***", "the row says the password changed, not what it is");
        rows[1].New()["SecurityStamp"]!.GetValue<string>().ShouldBe("***");
        (rows[1].ActorAccountId, rows[1].ActorPersonId).ShouldBe((account.Id, account.PersonId), "the user changed their own password");
        await using var db = await database.NewContextAsync();
        var stored = await db.UserAccounts.AsNoTracking().SingleAsync(a => a.Id == account.Id);
        (await CountAuditTextContainingAsync(stored.PasswordHash)).ShouldBe(0);
        (await CountAuditTextContainingAsync(stored.SecurityStamp)).ShouldBe(0);
        (await CountAuditTextContainingAsync(account.PasswordHash)).ShouldBe(0, "nor the first hash");
    }

    [Fact]
    public async Task SignInsFailedOrSuccessfulWriteNoRow()
    {
        var (account, accounts) = await NewAccountAsync();

        (await accounts.SignInAsync(account.Username, "sbagliata")).Succeeded.ShouldBeFalse();
        (await accounts.SignInAsync(account.Username, Password)).Succeeded.ShouldBeTrue();

        (await database.AboutAsync(account.Id)).ShouldHaveSingleItem().Action.ShouldBe(AuditAction.Created);
    }

    private async Task<(UserAccount Account, AccountService Accounts)> NewAccountAsync()
    {
        var plan = await new TestPlan().Unit("I", 60m).SaveAsync(database.ContextFactory);
        var account = new UserAccount(plan.Municipality.Id, plan.People[0].Id, $"u{Guid.NewGuid():N}"[..16], AccountService.Hash(null, Password));
        await using (var db = await database.NewContextAsync())
        {
            db.UserAccounts.Add(account);
            await db.SaveChangesAsync();
        }

        return (account, database.Get<AccountService>());
    }

    private async Task<long> CountAuditTextContainingAsync(string secret)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """SELECT count(*) FROM "AuditEntries" WHERE strpos(coalesce("OldValues"::text, '') || coalesce("NewValues"::text, ''), @secret) > 0""",
            connection);
        command.Parameters.AddWithValue("secret", secret);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}

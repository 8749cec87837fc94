using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Infrastructure.Data;

namespace PiaoPerformance.Infrastructure.Access;

/// <summary>The outcome of a sign-in attempt; the message is Italian and never says which of user or password was wrong.</summary>
public sealed record SignInResult(bool Succeeded, UserAccount? Account, string? Message)
{
    public static SignInResult Failed(string message) => new(false, null, message);
}

/// <summary>
/// Local accounts: salted password hashes (the framework's <see cref="PasswordHasher{TUser}"/>, PBKDF2), lockout
/// after repeated failures, password change.
/// </summary>
public sealed class AccountService(IDbContextFactory<PiaoDbContext> contextFactory, TimeProvider clock, AccessCache cache)
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan Lockout = TimeSpan.FromMinutes(15);
    public const int MinimumPasswordLength = 10;

    private static readonly PasswordHasher<UserAccount> Hasher = new();
    private const string WrongCredentials = "Nome utente o password non corretti.";

    public static string Hash(UserAccount? account, string password) => Hasher.HashPassword(account!, password);

    /// <summary>Checks the password; counts failures and locks the account after <see cref="MaxFailures"/> in a row.</summary>
    public async Task<SignInResult> SignInAsync(string? username, string? password, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(username) || string.IsNullOrEmpty(password))
        {
            return SignInResult.Failed("Indicare nome utente e password.");
        }

        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var normalised = username.Trim().ToLowerInvariant();
        var account = await db.UserAccounts.FirstOrDefaultAsync(a => a.Username == normalised, ct);
        var now = clock.GetUtcNow();
        if (account is null)
        {
            // Same work as a real check, so timing does not reveal which usernames exist.
            Hasher.VerifyHashedPassword(null!, DummyHash, password);
            return SignInResult.Failed(WrongCredentials);
        }

        if (account.IsDisabled)
        {
            return SignInResult.Failed("L'account è disabilitato. Rivolgersi all'amministratore.");
        }

        if (account.IsLockedAt(now))
        {
            return SignInResult.Failed($"Troppi tentativi non riusciti: l'account è bloccato fino alle {account.LockedUntil!.Value.ToLocalTime():HH:mm}. Riprovare più tardi.");
        }

        var verdict = Hasher.VerifyHashedPassword(account, account.PasswordHash, password);
        if (verdict == PasswordVerificationResult.Failed)
        {
            account.RecordFailedSignIn(now, MaxFailures, Lockout);
            await db.SaveChangesAsync(ct);
            return SignInResult.Failed(account.IsLockedAt(now)
                ? "Troppi tentativi non riusciti: l'account è bloccato per 15 minuti."
                : WrongCredentials);
        }

        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            account.SetPasswordHash(Hash(account, password));
        }

        account.RecordSignIn(now);
        await db.SaveChangesAsync(ct);
        return new SignInResult(true, account, null);
    }

    /// <summary>Changes the password after checking the current one; other sessions of the account end (new security stamp).</summary>
    public async Task ChangePasswordAsync(Guid accountId, string currentPassword, string newPassword, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(newPassword) || newPassword.Length < MinimumPasswordLength)
        {
            throw new DomainException($"La nuova password deve avere almeno {MinimumPasswordLength} caratteri.", "newPassword");
        }

        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var account = await db.UserAccounts.FirstAsync(a => a.Id == accountId, ct);
        if (Hasher.VerifyHashedPassword(account, account.PasswordHash, currentPassword ?? "") == PasswordVerificationResult.Failed)
        {
            throw new DomainException("La password attuale non è corretta.", "currentPassword");
        }

        account.SetPasswordHash(Hash(account, newPassword));
        // The audit names the account's own person: only they know the current password. Roles play no part here.
        var person = await db.People.AsNoTracking().FirstAsync(p => p.Id == account.PersonId, ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        db.AuditAs(Actor.Create(account, person, [], [], [], today, today, today), "Cambio della password da parte dell'utente");
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// The stamp a cookie was issued with must still be the account's, and the account enabled: a changed password or
    /// a disabled account ends old sessions. Asked on every request, so the account's stamp comes from the
    /// <see cref="AccessCache"/>, which a committed change to the account empties (ADR-019).
    /// </summary>
    public async Task<bool> IsSessionValidAsync(Guid accountId, string? securityStamp, CancellationToken ct = default)
    {
        var current = await cache.GetOrLoadAsync(AccessCache.Kind.Stamp, accountId, async token =>
        {
            await using var db = await contextFactory.CreateDbContextAsync(token);
            return await db.UserAccounts.Where(a => a.Id == accountId && !a.IsDisabled).Select(a => a.SecurityStamp).FirstOrDefaultAsync(token);
        }, ct);
        return current is not null && securityStamp is not null && string.Equals(current, securityStamp, StringComparison.Ordinal);
    }

    private static readonly string DummyHash = Hasher.HashPassword(null!, Guid.NewGuid().ToString());
}

using PiaoPerformance.Domain.Common;

namespace PiaoPerformance.Domain.Access;

/// <summary>
/// A local sign-in account of a person of one ente. The password is kept only as a salted hash made by the
/// infrastructure; the account counts failures and locks itself after too many.
/// </summary>
public sealed class UserAccount : ITenantOwned
{
    private UserAccount()
    {
    }

    public UserAccount(Guid municipalityId, Guid personId, string username, string passwordHash)
    {
        Id = Ids.New();
        MunicipalityId = municipalityId;
        PersonId = personId;
        Username = NormaliseUsername(username);
        SetPasswordHash(passwordHash);
    }

    public Guid Id { get; private set; }

    public Guid MunicipalityId { get; private set; }

    public Guid PersonId { get; private set; }

    /// <summary>Lower-case, unique across the installation.</summary>
    public string Username { get; private set; } = "";

    public string PasswordHash { get; private set; } = "";

    /// <summary>Changes when the password changes: cookies issued before it are refused.</summary>
    public string SecurityStamp { get; private set; } = "";

    public int FailedSignIns { get; private set; }

    public DateTimeOffset? LockedUntil { get; private set; }

    public DateTimeOffset? LastSignInAt { get; private set; }

    public bool IsDisabled { get; private set; }

    public static string NormaliseUsername(string username) =>
        Guard.Required(username, nameof(Username), "Nome utente").ToLowerInvariant();

    public bool IsLockedAt(DateTimeOffset now) => LockedUntil is { } until && until > now;

    /// <summary>A wrong password: after <paramref name="maxFailures"/> in a row the account is locked for <paramref name="lockout"/>.</summary>
    public void RecordFailedSignIn(DateTimeOffset now, int maxFailures, TimeSpan lockout)
    {
        FailedSignIns++;
        if (FailedSignIns >= maxFailures)
        {
            LockedUntil = now + lockout;
            FailedSignIns = 0;
        }
    }

    public void RecordSignIn(DateTimeOffset now)
    {
        FailedSignIns = 0;
        LockedUntil = null;
        LastSignInAt = now;
    }

    public void SetPasswordHash(string passwordHash)
    {
        PasswordHash = Guard.Required(passwordHash, nameof(PasswordHash), "Password");
        SecurityStamp = Guid.NewGuid().ToString("N");
    }

    public void Disable() => IsDisabled = true;

    public void Enable() => IsDisabled = false;
}

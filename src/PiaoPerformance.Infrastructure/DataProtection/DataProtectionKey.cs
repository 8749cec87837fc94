namespace PiaoPerformance.Infrastructure.DataProtection;

/// <summary>
/// One key of the ASP.NET Core data protection key ring, as the XML the framework writes. It signs the sign-in and
/// antiforgery cookies: the installation's, not an ente's, so the table has no tenant column.
/// </summary>
public sealed class DataProtectionKey
{
    private DataProtectionKey()
    {
    }

    public DataProtectionKey(string? friendlyName, string xml)
    {
        FriendlyName = friendlyName;
        Xml = xml;
    }

    public int Id { get; private set; }

    public string? FriendlyName { get; private set; }

    public string Xml { get; private set; } = "";
}

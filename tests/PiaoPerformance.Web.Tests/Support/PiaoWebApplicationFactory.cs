using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace PiaoPerformance.Web.Tests.Support;

/// <summary>
/// The real app (Program.cs unchanged: migrations, demo seed, Blazor circuit) on a real Kestrel loopback port, so
/// that Chromium can reach it; configured only through settings, as an operator would.
/// </summary>
public sealed class PiaoWebApplicationFactory : WebApplicationFactory<Program>
{
    private readonly string _connectionString;

    public PiaoWebApplicationFactory(string connectionString)
    {
        _connectionString = connectionString;
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>The address Kestrel bound (the port is chosen by the OS), e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri ServerAddress
    {
        get
        {
            var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
            var address = addresses.FirstOrDefault() ?? throw new InvalidOperationException("Kestrel reported no address.");
            return new Uri(address.EndsWith('/') ? address : address + "/");
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Piao", _connectionString);
        builder.UseSetting("Piao:SeedDemo", "true");

        // Every test signs in from 127.0.0.1: one address, one sign-in budget for the whole suite. Accounts signs in
        // once per account, but the suite has a dozen accounts and the sign-in flow tests; the limit itself is tested
        // on an app of its own (Security/SignInRateLimit).
        builder.UseSetting("Piao:SignInRateLimit:PermitLimit", "1000");
    }
}

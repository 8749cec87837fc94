using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace PiaoPerformance.Web.Hosting;

internal static class CultureSetup
{
    public static readonly CultureInfo Italian = CultureInfo.GetCultureInfo("it-IT");

    /// <summary>The whole UI is Italian: it-IT for every request and every circuit ("4,5 %", "€ 1.234,56", dd/MM/yyyy).</summary>
    public static void AddItalianCulture(this WebApplicationBuilder builder)
    {
        CultureInfo.DefaultThreadCurrentCulture = Italian;
        CultureInfo.DefaultThreadCurrentUICulture = Italian;
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(Italian);
            options.SupportedCultures = [Italian];
            options.SupportedUICultures = [Italian];
        });
    }
}

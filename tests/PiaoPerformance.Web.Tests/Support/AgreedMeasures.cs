using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace PiaoPerformance.Web.Tests.Support;

/// <summary>
/// Settore I of a <see cref="MeasurementEnte"/> measured and agreed through the API by its two NIV members: 70 %
/// with a reason, excluded, 95 % with a reason (weights 50, 30, 20: the engine's result is 77,14 %).
/// </summary>
public static class AgreedMeasures
{
    public static async Task AgreeSettoreIAsync(PiaoAppFixture app, MeasurementEnte ente)
    {
        var (niv1, niv2) = (await app.Accounts.ClientAsync(ente.Niv1, MeasurementEnte.Password), await app.Accounts.ClientAsync(ente.Niv2, MeasurementEnte.Password));
        var values = new object[]
        {
            new { year = 2024, overridePct = 70, overrideReason = "Due procedure avviate a gennaio per causa non imputabile" },
            new { year = 2024, excluded = true, exclusionReason = "Situazione di fatto non verificata" },
            new { year = 2024, overridePct = 95, overrideReason = "Obiettivo quasi raggiunto" },
        };
        for (var i = 0; i < ente.Cards.Count; i++)
        {
            var url = $"api/v1/objectives/{ente.Cards[i]}/measurement";
            var measure = await OkAsync(await niv1.PutAsJsonAsync(url, values[i]));
            measure = await OkAsync(await niv1.PostAsJsonAsync($"{url}/sign-off", new { year = 2024, version = (uint?)measure["version"] }));
            measure = await OkAsync(await niv2.PostAsJsonAsync($"{url}/sign-off", new { year = 2024, version = (uint?)measure["version"] }));
            await OkAsync(await niv2.PostAsJsonAsync($"{url}/agree", new { year = 2024, version = (uint?)measure["version"] }));
        }
    }

    private static async Task<JsonNode> OkAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync();
            response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
            return JsonNode.Parse(body)!;
        }
    }
}

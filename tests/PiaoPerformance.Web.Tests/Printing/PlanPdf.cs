using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PiaoPerformance.Web.Formatting;
using PiaoPerformance.Web.Tests.Support;

namespace PiaoPerformance.Web.Tests.Printing;

/// <summary>
/// <c>GET /api/v1/plans/{id}/piao.pdf</c>, the PIAO 2.2 PDF (issue 8): read back with poppler as the Segretario's
/// readers would, the demo plan (a draft) and the other comune's approved plan.
/// </summary>
[Collection(AppCollection.Name)]
public sealed partial class PlanPdf(PiaoAppFixture app)
{
    private static readonly SemaphoreSlim Once = new(1, 1);
    private static PdfDocument? _demo;

    [Fact]
    public async Task TextHasEveryObjectiveTitleAndUnitHeadingOfTheDemoPlan()
    {
        var pdf = await DemoPdfAsync();
        var text = PdfDocument.WithoutHyphens(pdf.Text);

        var missing = DemoPlan.Units.SelectMany(u => u.ObjectiveTitles.Prepend(u.Heading))
            .Concat(DemoPlan.CrossCutting.SelectMany(s => s.Children.Select(c => c.Title).Prepend(s.Title)))
            .Where(title => !text.Contains(PdfDocument.WithoutHyphens(title), StringComparison.Ordinal))
            .ToList();
        missing.ShouldBeEmpty($"not found in the text of {pdf.Path}");
    }

    [Fact]
    public async Task EachUnitEndsWithTheWeightTotalOfEachPersonEvaluated()
    {
        var plan = await (await app.SignedInAsync()).DemoPlanAsync();
        var pdf = await DemoPdfAsync();

        var totals = plan["units"]!.AsArray().SelectMany(u => u!["weightTotals"]!.AsArray()).ToList();
        totals.ShouldNotBeEmpty();
        foreach (var total in totals)
        {
            var people = string.Join(", ", total!["people"]!.AsArray().Select(p => (string?)p));
            var expected = DemoPlan.Normalise($"TOTALE PESO {people}: {Fmt.Percent((decimal)total["total"]!)}");
            pdf.Text.ShouldContain(expected, Case.Sensitive, $"in {pdf.Path}");
        }
    }

    [Fact]
    public async Task EveryPageOfADraftSaysBozza()
    {
        var pdf = await DemoPdfAsync();

        // The running header's text; the diagonal watermark is in the page images (docs/img/piao-pagina-*.png).
        pdf.Pages.Count.ShouldBeGreaterThan(DemoPlan.Units.Count);
        pdf.Pages.Select((text, i) => (Page: i + 1, text)).Where(p => !p.text.Contains("BOZZA", StringComparison.Ordinal))
            .Select(p => p.Page).ShouldBeEmpty($"pages without BOZZA in {pdf.Path}");
        pdf.Pages[0].ShouldContain("Bozza non ancora approvata dalla Giunta");
    }

    [Fact]
    public async Task IsPdfA2bWithEveryFontEmbeddedTitleAuthorAndItalianLanguage()
    {
        var pdf = await DemoPdfAsync();

        var meta = await pdf.MetadataAsync();
        meta.ShouldContain("pdfaid:part='2'");
        meta.ShouldContain("pdfaid:conformance='B'");
        var info = await pdf.InfoAsync();
        info.ShouldContain("Title:           PIAO 2024-2026 - Sezione 2 - Sottosezione 2.2 Performance - Comune di Cassano delle Murge");
        info.ShouldContain($"Author:          {DemoPlan.Ente}");
        Encoding.Latin1.GetString(pdf.Bytes).ShouldContain("/Lang(it-IT)");

        var fonts = (await pdf.FontsAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
        fonts.ShouldNotBeEmpty();
        fonts.ShouldAllBe(line => FontRow().Match(line).Groups["emb"].Value == "yes");
        fonts.ShouldContain(line => line.Contains("Titillium", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TableOfContentsGivesThePageWhereEachUnitStarts()
    {
        var pdf = await DemoPdfAsync();

        var contents = pdf.LayoutPages[0].Split('\n').Select(line => ContentsLine().Match(line)).Where(m => m.Success)
            .ToDictionary(m => DemoPlan.Normalise(m.Groups["title"].Value), m => int.Parse(m.Groups["page"].Value, CultureInfo.InvariantCulture));
        contents.Count.ShouldBe(DemoPlan.Units.Count + 4, $"contents of {pdf.Path}: {pdf.LayoutPages[0]}");
        contents.Values.ShouldBeInOrder(SortDirection.Ascending);
        pdf.Pages[contents["Obiettivi strategici trasversali a tutti i settori"] - 1].ShouldContain("OBIETTIVI STRATEGICI TRASVERSALI A TUTTI I SETTORI");
        pdf.Pages[contents["INDICAZIONI METODOLOGICHE PER LA VALUTAZIONE"] - 1].ShouldContain("INDICAZIONI METODOLOGICHE PER LA VALUTAZIONE");
        foreach (var unit in DemoPlan.Units)
        {
            var heading = DemoPlan.Normalise(unit.Heading);
            contents.ShouldContainKey(heading);
            var page = contents[heading];

            var firstCard = PdfDocument.WithoutHyphens(unit.ObjectiveTitles[0]);
            pdf.Pages[page - 1].ShouldContain(heading, Case.Sensitive, $"contents say {unit.Code} starts on page {page}");
            PdfDocument.WithoutHyphens(pdf.Pages[page - 1]).ShouldContain(firstCard, Case.Sensitive, $"the first card of {unit.Code} on page {page}");
            PdfDocument.WithoutHyphens(pdf.Pages[page - 2]).ShouldNotContain(firstCard, Case.Sensitive, $"the page before {unit.Code}'s");
        }
    }

    [Fact]
    public async Task CardsShowTheSeedsMultiYearTableWithDoubleSlashWhereAYearDoesNotApply()
    {
        var pdf = await DemoPdfAsync();

        // Settore I, objective 1: "50% 50% //" (S0:44), Attesa and Realizzata of 2026 both "//"; read across the row.
        var page = pdf.LayoutPages.First(p => p.Contains("Adeguamento tecnologico dei personal computer", StringComparison.Ordinal));
        var lines = page.Split('\n').Select(DemoPlan.Normalise).Where(l => l.Length > 0).ToList();
        var header = lines.FindIndex(l => l.StartsWith("Percentuale di raggiungimento 2024 2025 2026", StringComparison.Ordinal));
        header.ShouldBeGreaterThanOrEqualTo(0, page);
        lines[header + 1].ShouldBe("Attesa Realizzata Attesa Realizzata Attesa Realizzata");
        lines[header + 2].ShouldBe("50 % 50 % // //");
    }

    [Fact]
    public async Task EveryRoleOfTheEnteDownloadsTheSameDocument()
    {
        var planId = await (await app.SignedInAsync()).DemoPlanIdAsync();
        string[] accounts = ["admin", "segretario", "niv", "sindaco", "giunta", "resp1", "resp2", "resp3", "resp4", "resp5", "resp6", "resp7"];

        // One after the other: together they would wait in the export queue past the clients' 30 s timeout.
        foreach (var account in accounts)
        {
            using var response = await (await app.Accounts.ClientAsync(account)).GetAsync($"api/v1/plans/{planId}/piao.pdf");
            var (status, mediaType, fileName) = (response.StatusCode, response.Content.Headers.ContentType?.MediaType, response.Content.Headers.ContentDisposition?.FileNameStar);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            status.ShouldBe(HttpStatusCode.OK, account);
            mediaType.ShouldBe("application/pdf", account);
            fileName.ShouldBe("PIAO_2024-2026_Sottosezione_2.2_Performance_Comune_di_Cassano_delle_Murge_BOZZA.pdf", account);
            Encoding.ASCII.GetString(bytes, 0, 5).ShouldBe("%PDF-", account);
        }
    }

    [Fact]
    public async Task AnAnonymousCallerGets401AndAnotherEntesPlanIsNotFound()
    {
        var planId = await (await app.SignedInAsync()).DemoPlanIdAsync();
        var other = await app.OtherEnteAsync();

        using var anonymous = await app.Http.GetAsync($"api/v1/plans/{planId}/piao.pdf");
        anonymous.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        using var foreign = await (await app.SignedInAsync()).GetAsync($"api/v1/plans/{other.PlanId}/piao.pdf");
        foreign.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AnApprovedPlanPrintsItsDeliberationAndNoBozza()
    {
        var other = await app.OtherEnteAsync();
        var http = await app.Accounts.ClientAsync(OtherEnte.SegretarioUsername, OtherEnte.Password);
        var lifecycle = await http.GetJsonAsync($"api/v1/plans/{other.PlanId}/lifecycle");

        using var response = await http.GetAsync($"api/v1/plans/{other.PlanId}/piao.pdf");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (response.Content.Headers.ContentDisposition?.FileNameStar ?? "").ShouldNotContain("BOZZA");
        var pdf = await PdfDocument.ReadAsync(await response.Content.ReadAsByteArrayAsync(), "altrove");

        pdf.Text.ShouldNotContain("BOZZA");
        var approval = lifecycle["approval"]!;
        var date = DateOnly.Parse((string)approval["deliberationDate"]!, CultureInfo.InvariantCulture);
        pdf.Pages[0].ShouldContain($"Approvato con deliberazione della Giunta comunale n. {(string?)approval["deliberationNumber"]} del {Fmt.Date(date)}");
        pdf.Pages[0].ShouldContain($"Versione {(int)lifecycle["versionNumber"]!}");
        pdf.Text.ShouldContain(OtherEnte.Name);
    }

    /// <summary>The demo plan's PDF as the Segretario downloads it, fetched once for the class's tests.</summary>
    private async Task<PdfDocument> DemoPdfAsync()
    {
        await Once.WaitAsync();
        try
        {
            if (_demo is null)
            {
                var http = await app.Accounts.ClientAsync("segretario");
                var planId = await http.DemoPlanIdAsync();
                using var response = await http.GetAsync($"api/v1/plans/{planId}/piao.pdf");
                response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
                _demo = await PdfDocument.ReadAsync(await response.Content.ReadAsByteArrayAsync(), "demo");
            }

            return _demo;
        }
        finally
        {
            Once.Release();
        }
    }

    /// <summary>A row of <c>pdffonts</c>: name, type, encoding, then the emb/sub/uni columns (yes/no).</summary>
    /// <summary>A line of the contents as laid out: the title, a run of spaces, the page number.</summary>
    [GeneratedRegex(@"^\s*(?<title>\S.*?)\s{2,}(?<page>\d+)\s*$")]
    private static partial Regex ContentsLine();

    [GeneratedRegex(@"(?<emb>yes|no)\s+(?<sub>yes|no)\s+(?<uni>yes|no)\s+\d+\s+\d+\s*$")]
    private static partial Regex FontRow();
}

using System.Diagnostics;
using System.Globalization;
using System.Text;
using PiaoPerformance.Infrastructure.OpenData;

namespace PiaoPerformance.Infrastructure.Tests.OpenData;

/// <summary>
/// LibreOffice Calc (apt <c>libreoffice-calc</c>, installed by <c>scripts/test</c>) opens the .xlsx and the hand-made
/// .ods and converts them headless to CSV (raw values, US number format): what it reads equals the table.
/// </summary>
public sealed class LibreOfficeReadBackTests
{
    private const string Soffice = "/usr/bin/soffice";

    [Fact]
    public async Task LibreOfficeReadsTheXlsxAndTheOdsAsTheTable()
    {
        File.Exists(Soffice).ShouldBeTrue("LibreOffice Calc is needed: apt-get install --no-install-recommends libreoffice-calc (scripts/test does it)");
        var table = SampleTable.Build();
        var folder = Directory.CreateTempSubdirectory("piao-lo-");
        try
        {
            var xlsx = Path.Combine(folder.FullName, "dati-xlsx.xlsx");
            var ods = Path.Combine(folder.FullName, "dati-ods.ods");
            await File.WriteAllBytesAsync(xlsx, XlsxWriter.Write(table));
            await File.WriteAllBytesAsync(ods, OdsWriter.Write(table));

            await ConvertAsync(folder.FullName, xlsx, ods);

            foreach (var name in new[] { "dati-xlsx.csv", "dati-ods.csv" })
            {
                var records = Rfc4180Lf.Parse(await File.ReadAllTextAsync(Path.Combine(folder.FullName, "csv", name), Encoding.UTF8));
                records[0].ShouldBe(table.Columns.Select(c => c.Name), name);
                records.Skip(1).Select(r => r.ToArray()).ShouldBe(table.Rows.Select(Expected), name);
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>A row as LibreOffice writes raw values with language 1033: numbers with a point, dates as MM/dd/yyyy, text with LF.</summary>
    private static string[] Expected(IReadOnlyList<object?> row) => row.Select(v => v switch
    {
        null => "",
        string s => s.ReplaceLineEndings("\n"),
        DateOnly d => d.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture),
        var n => ExportTable.Number(n)!.Value.ToString("0.############", CultureInfo.InvariantCulture),
    }).ToArray();

    private static async Task ConvertAsync(string folder, params string[] files)
    {
        var start = new ProcessStartInfo(Soffice)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder,
        };
        foreach (var argument in new[]
                 {
                     "--headless", "--norestore", $"-env:UserInstallation=file://{folder}/profile",
                     "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false", "--outdir", Path.Combine(folder, "csv"),
                 }.Concat(files))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        process.ExitCode.ShouldBe(0, $"{await output}{await error}");
    }

    /// <summary>LibreOffice ends its CSV lines with LF: the reader of <see cref="Rfc4180"/> with LF as record end.</summary>
    private static class Rfc4180Lf
    {
        public static List<List<string>> Parse(string text) =>
            Rfc4180.Parse(Reline(text), ',').Select(r => r.Select(f => f.Replace("\u2028", "\n", StringComparison.Ordinal)).ToList()).ToList();

        // Record ends (LF outside quotes) become CRLF; LF inside quotes is kept as a marker, restored after parsing.
        private static string Reline(string text)
        {
            var result = new StringBuilder();
            var quoted = false;
            foreach (var c in text)
            {
                if (c == '"')
                {
                    quoted = !quoted;
                }

                result.Append(c == '\n' ? (quoted ? "\u2028" : "\r\n") : c.ToString());
            }

            return result.ToString();
        }
    }
}

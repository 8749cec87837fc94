using System.Text;
using PiaoPerformance.Infrastructure.OpenData;

namespace PiaoPerformance.Infrastructure.Tests.OpenData;

/// <summary>The two CSV dialects, byte for byte where it matters: BOM, separator, quoting, decimals, dates, formula guard.</summary>
public sealed class CsvWriterTests
{
    [Fact]
    public void TheItalianDialectHasABomSemicolonsCommaDecimalsAndItalianDates()
    {
        var bytes = CsvWriter.Write(SampleTable.Build(), CsvDialect.It);

        bytes.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        lines.ShouldStartWith("anno;descrizione;valore;importo;percentuale;data\r\n");
        lines.ShouldContain("\r\n2024;Semplice;1234,5;1234,50;87,50;30/01/2024\r\n");
        lines.ShouldContain("\r\n2026;;3;12,35;33,33;\r\n");
    }

    [Fact]
    public void TheRfc4180DialectHasNoBomCommasPointDecimalsAndIsoDates()
    {
        var text = Encoding.UTF8.GetString(CsvWriter.Write(SampleTable.Build(), CsvDialect.Rfc4180));

        text[0].ShouldBe('a');
        text.ShouldStartWith("anno,descrizione,valore,importo,percentuale,data\r\n");
        text.ShouldContain("\r\n2024,Semplice,1234.5,1234.50,87.50,2024-01-30\r\n");
        text.ShouldContain("\r\n2025,\"Due\r\nrighe e città\",1000000,98765.43,,\r\n");
        text.ShouldEndWith("\r\n");
    }

    [Fact]
    public void AFieldWithTheSeparatorAQuoteOrALineEndIsQuotedWithQuotesDoubled()
    {
        var it = Encoding.UTF8.GetString(CsvWriter.Write(SampleTable.Build(), CsvDialect.It)[3..]);
        var rfc = Encoding.UTF8.GetString(CsvWriter.Write(SampleTable.Build(), CsvDialect.Rfc4180));

        it.ShouldContain("2024;\"Con ; punto e virgola, virgola e \"\"virgolette\"\"\";-0,25;0,00;100,00;31/12/2024\r\n");
        rfc.ShouldContain("2024,\"Con ; punto e virgola, virgola e \"\"virgolette\"\"\",-0.25,0.00,100.00,2024-12-31\r\n");
        it.ShouldContain("2025;\"Due\r\nrighe e città\";1000000;98765,43;;\r\n");
    }

    [Fact]
    public void ParsedBackEachDialectGivesTheTableValues()
    {
        var table = SampleTable.Build();
        foreach (var dialect in new[] { CsvDialect.It, CsvDialect.Rfc4180 })
        {
            var bytes = CsvWriter.Write(table, dialect);
            var records = Rfc4180.Parse(Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF'), dialect == CsvDialect.It ? ';' : ',');

            records.Count.ShouldBe(table.Rows.Count + 1);
            records.ShouldAllBe(r => r.Count == table.Columns.Count);
            records.Skip(1).Select(r => r[1]).ShouldBe(table.Rows.Select(r => dialect == CsvDialect.It && r[1] is "=SOMMA(A1:A2)" ? "'=SOMMA(A1:A2)" : (string?)r[1] ?? ""));
        }
    }

    [Fact]
    public void OnlyTheItalianDialectGuardsATextAgainstRunningAsAFormula()
    {
        var it = Encoding.UTF8.GetString(CsvWriter.Write(SampleTable.Build(), CsvDialect.It)[3..]);
        var rfc = Encoding.UTF8.GetString(CsvWriter.Write(SampleTable.Build(), CsvDialect.Rfc4180));

        it.ShouldContain(";'=SOMMA(A1:A2);");
        rfc.ShouldContain(",=SOMMA(A1:A2),");
        it.ShouldContain(";-0,25;", Case.Sensitive, "a negative number is a number, not a formula");
    }
}

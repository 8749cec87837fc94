using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using PiaoPerformance.Infrastructure.OpenData;

namespace PiaoPerformance.Infrastructure.Tests.OpenData;

/// <summary>The hand-made .ods: a zip with <c>mimetype</c> first and stored, a manifest, and a content.xml whose cells carry the table's values.</summary>
public sealed class OdsWriterTests
{
    private static readonly XNamespace Office = OdsWriter.Office;
    private static readonly XNamespace Table = OdsWriter.Table;
    private static readonly XNamespace Text = OdsWriter.TextNs;
    private static readonly XNamespace Manifest = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0";

    [Fact]
    public void TheMimetypeIsTheFirstEntryStoredUncompressedWithNoExtraField()
    {
        var bytes = OdsWriter.Write(SampleTable.Build());

        BitConverter.ToUInt32(bytes, 0).ShouldBe(0x04034b50u, "a local file header opens the zip");
        BitConverter.ToUInt16(bytes, 8).ShouldBe((ushort)0, "compression method 0: stored");
        var nameLength = BitConverter.ToUInt16(bytes, 26);
        BitConverter.ToUInt16(bytes, 28).ShouldBe((ushort)0, "no extra field");
        Encoding.ASCII.GetString(bytes, 30, nameLength).ShouldBe("mimetype");
        Encoding.ASCII.GetString(bytes, 30 + nameLength, TabularExport.OdsType.Length).ShouldBe("application/vnd.oasis.opendocument.spreadsheet");
    }

    [Fact]
    public void TheManifestListsTheDocumentAndItsParts()
    {
        using var zip = new ZipArchive(new MemoryStream(OdsWriter.Write(SampleTable.Build())));

        zip.Entries[0].FullName.ShouldBe("mimetype");
        var manifest = Xml(zip, "META-INF/manifest.xml");
        var entries = manifest.Root!.Elements(Manifest + "file-entry").ToDictionary(e => (string)e.Attribute(Manifest + "full-path")!, e => (string)e.Attribute(Manifest + "media-type")!);
        entries["/"].ShouldBe(TabularExport.OdsType);
        entries.Keys.ShouldBe(["/", "styles.xml", "content.xml"], ignoreOrder: true);
        zip.Entries.Select(e => e.FullName).ShouldBe(["mimetype", "META-INF/manifest.xml", "styles.xml", "content.xml"]);
    }

    [Fact]
    public void TheContentCellsCarryTheTableValuesWithTheirTypes()
    {
        var table = SampleTable.Build();
        using var zip = new ZipArchive(new MemoryStream(OdsWriter.Write(table)));

        var content = Xml(zip, "content.xml");
        var sheet = content.Descendants(Table + "table").Single();
        ((string)sheet.Attribute(Table + "name")!).ShouldBe("Prova dati");
        var rows = sheet.Elements(Table + "table-row").Select(r => r.Elements(Table + "table-cell").ToList()).ToList();
        rows.Count.ShouldBe(table.Rows.Count + 1);
        rows[0].Select(CellText).ShouldBe(table.Columns.Select(c => c.Name));
        for (var r = 0; r < table.Rows.Count; r++)
        {
            rows[r + 1].Count.ShouldBe(table.Columns.Count);
            for (var c = 0; c < table.Columns.Count; c++)
            {
                var cell = rows[r + 1][c];
                var type = (string?)cell.Attribute(Office + "value-type");
                switch (table.Rows[r][c])
                {
                    case null:
                        type.ShouldBeNull();
                        break;
                    case string s:
                        type.ShouldBe("string");
                        CellText(cell).ShouldBe(s.ReplaceLineEndings("\n"));
                        break;
                    case DateOnly d:
                        type.ShouldBe("date");
                        ((string)cell.Attribute(Office + "date-value")!).ShouldBe(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                        break;
                    case var n:
                        type.ShouldBe("float");
                        decimal.Parse((string)cell.Attribute(Office + "value")!, CultureInfo.InvariantCulture).ShouldBe(ExportTable.Number(n)!.Value);
                        break;
                }
            }
        }
    }

    [Fact]
    public void MoneyAndFixedDecimalCellsHaveANumberStyleAndTheHeaderIsBold()
    {
        using var zip = new ZipArchive(new MemoryStream(OdsWriter.Write(SampleTable.Build())));
        var content = Xml(zip, "content.xml");
        XNamespace style = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
        XNamespace number = "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0";
        var firstRow = content.Descendants(Table + "table-row").ElementAt(1).Elements(Table + "table-cell").ToList();
        string DataStyleOf(XElement cell)
        {
            var name = (string)cell.Attribute(Table + "style-name")!;
            return (string)content.Descendants(style + "style").Single(s => (string?)s.Attribute(style + "name") == name).Attribute(style + "data-style-name")!;
        }

        var money = content.Descendants(number + "number-style").Single(s => (string?)s.Attribute(style + "name") == DataStyleOf(firstRow[3])).Element(number + "number")!;
        ((string)money.Attribute(number + "decimal-places")!).ShouldBe("2");
        ((string)money.Attribute(number + "grouping")!).ShouldBe("true");
        content.Descendants(number + "date-style").Select(s => (string?)s.Attribute(style + "name")).ShouldContain(DataStyleOf(firstRow[5]));
        var header = (string)content.Descendants(Table + "table-row").First().Elements(Table + "table-cell").First().Attribute(Table + "style-name")!;
        content.Descendants(style + "style").Single(s => (string?)s.Attribute(style + "name") == header).ToString().ShouldContain("font-weight=\"bold\"");
    }

    internal static XDocument Xml(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        return XDocument.Load(stream);
    }

    private static string CellText(XElement cell) => string.Join("\n", cell.Elements(Text + "p").Select(p => p.Value));
}

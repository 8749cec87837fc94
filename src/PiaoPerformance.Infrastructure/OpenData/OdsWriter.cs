using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace PiaoPerformance.Infrastructure.OpenData;

/// <summary>
/// A table as an OpenDocument spreadsheet (.ods, ODF 1.3), written by hand because no .NET ODS library restores here
/// (ADR-021): a zip whose first entry is <c>mimetype</c>, stored uncompressed with no extra field (how a reader
/// recognises the file), then <c>META-INF/manifest.xml</c>, <c>styles.xml</c> and <c>content.xml</c>. Numbers are
/// <c>float</c> cells with their value in <c>office:value</c> and a number style (fixed decimals, grouping for
/// money), dates are <c>date</c> cells, the header row is bold.
/// </summary>
public static class OdsWriter
{
    public const string Office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    public const string Table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    public const string TextNs = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private const string Style = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    private const string NumberNs = "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0";
    private const string Fo = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
    private const string Manifest = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0";
    private const string Version = "1.3";

    public static byte[] Write(ExportTable table)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            var mimetype = zip.CreateEntry("mimetype", CompressionLevel.NoCompression);
            using (var entry = mimetype.Open())
            {
                entry.Write(Encoding.ASCII.GetBytes(TabularExport.OdsType));
            }

            Entry(zip, "META-INF/manifest.xml", WriteManifest);
            Entry(zip, "styles.xml", WriteStyles);
            Entry(zip, "content.xml", xml => WriteContent(xml, table));
        }

        return stream.ToArray();
    }

    private static void Entry(ZipArchive zip, string name, Action<XmlWriter> write)
    {
        using var entry = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        using var xml = XmlWriter.Create(entry, new XmlWriterSettings { Encoding = new UTF8Encoding(false) });
        xml.WriteStartDocument();
        write(xml);
        xml.WriteEndDocument();
    }

    private static void WriteManifest(XmlWriter xml)
    {
        xml.WriteStartElement("manifest", "manifest", Manifest);
        xml.WriteAttributeString("manifest", "version", Manifest, Version);
        void File(string path, string type)
        {
            xml.WriteStartElement("manifest", "file-entry", Manifest);
            xml.WriteAttributeString("manifest", "full-path", Manifest, path);
            if (path == "/")
            {
                xml.WriteAttributeString("manifest", "version", Manifest, Version);
            }

            xml.WriteAttributeString("manifest", "media-type", Manifest, type);
            xml.WriteEndElement();
        }

        File("/", TabularExport.OdsType);
        File("styles.xml", "text/xml");
        File("content.xml", "text/xml");
        xml.WriteEndElement();
    }

    private static void WriteStyles(XmlWriter xml)
    {
        xml.WriteStartElement("office", "document-styles", Office);
        Namespaces(xml);
        xml.WriteAttributeString("office", "version", Office, Version);
        xml.WriteStartElement("office", "styles", Office);
        xml.WriteStartElement("style", "default-style", Style);
        xml.WriteAttributeString("style", "family", Style, "table-cell");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WriteContent(XmlWriter xml, ExportTable table)
    {
        xml.WriteStartElement("office", "document-content", Office);
        Namespaces(xml);
        xml.WriteAttributeString("office", "version", Office, Version);

        var styles = table.Columns.Select(OdsStyles.NameOf).ToList();
        xml.WriteStartElement("office", "automatic-styles", Office);
        OdsStyles.Write(xml, table.Columns, Style, NumberNs, Fo);
        xml.WriteEndElement();

        xml.WriteStartElement("office", "body", Office);
        xml.WriteStartElement("office", "spreadsheet", Office);
        xml.WriteStartElement("table", "table", Table);
        xml.WriteAttributeString("table", "name", Table, table.Title);
        xml.WriteStartElement("table", "table-column", Table);
        xml.WriteAttributeString("table", "number-columns-repeated", Table, table.Columns.Count.ToString(CultureInfo.InvariantCulture));
        xml.WriteEndElement();

        xml.WriteStartElement("table", "table-row", Table);
        foreach (var column in table.Columns)
        {
            StringCell(xml, column.Name, OdsStyles.Header);
        }

        xml.WriteEndElement();
        foreach (var row in table.Rows)
        {
            xml.WriteStartElement("table", "table-row", Table);
            for (var i = 0; i < row.Count; i++)
            {
                Cell(xml, row[i], table.Columns[i], styles[i]);
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Cell(XmlWriter xml, object? value, ExportColumn column, string? style)
    {
        switch (value)
        {
            case null:
                xml.WriteStartElement("table", "table-cell", Table);
                xml.WriteEndElement();
                break;
            case string s:
                StringCell(xml, s, null);
                break;
            case DateOnly d:
                xml.WriteStartElement("table", "table-cell", Table);
                xml.WriteAttributeString("table", "style-name", Table, style);
                xml.WriteAttributeString("office", "value-type", Office, "date");
                xml.WriteAttributeString("office", "date-value", Office, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                xml.WriteElementString("text", "p", TextNs, d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
                xml.WriteEndElement();
                break;
            default:
                var number = ExportTable.Number(value)!.Value;
                xml.WriteStartElement("table", "table-cell", Table);
                if (style is not null)
                {
                    xml.WriteAttributeString("table", "style-name", Table, style);
                }

                xml.WriteAttributeString("office", "value-type", Office, "float");
                xml.WriteAttributeString("office", "value", Office, number.ToString(CultureInfo.InvariantCulture));
                xml.WriteElementString("text", "p", TextNs, CsvWriter.Number(number, column.ShownDecimals, CultureInfo.GetCultureInfo("it-IT")));
                xml.WriteEndElement();
                break;
        }
    }

    private static void StringCell(XmlWriter xml, string text, string? style)
    {
        xml.WriteStartElement("table", "table-cell", Table);
        if (style is not null)
        {
            xml.WriteAttributeString("table", "style-name", Table, style);
        }

        xml.WriteAttributeString("office", "value-type", Office, "string");
        // One paragraph per line: a line end inside text:p is whitespace to an ODF reader.
        foreach (var line in TabularExport.XmlSafe(text).ReplaceLineEndings("\n").Split('\n'))
        {
            xml.WriteElementString("text", "p", TextNs, line);
        }

        xml.WriteEndElement();
    }

    private static void Namespaces(XmlWriter xml)
    {
        xml.WriteAttributeString("xmlns", "office", null, Office);
        xml.WriteAttributeString("xmlns", "style", null, Style);
        xml.WriteAttributeString("xmlns", "text", null, TextNs);
        xml.WriteAttributeString("xmlns", "table", null, Table);
        xml.WriteAttributeString("xmlns", "number", null, NumberNs);
        xml.WriteAttributeString("xmlns", "fo", null, Fo);
    }
}

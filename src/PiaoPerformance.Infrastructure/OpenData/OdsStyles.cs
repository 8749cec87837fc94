using System.Globalization;
using System.Xml;

namespace PiaoPerformance.Infrastructure.OpenData;

/// <summary>
/// The automatic styles of an .ods table: a bold header, and one cell style per number format the columns need
/// (fixed decimals <c>N{d}</c>, money with grouping <c>M{d}</c>, dates <c>D</c>); a column with free decimals has none.
/// </summary>
internal static class OdsStyles
{
    public const string Header = "ceHeader";

    /// <summary>The cell style of a column's values, or null when the reader's default shows them right.</summary>
    public static string? NameOf(ExportColumn column) => column.Kind switch
    {
        CellKind.Text => null,
        CellKind.Date => "ceD",
        CellKind.Money => "ceM" + column.ShownDecimals,
        _ => column.ShownDecimals is { } d ? "ceN" + d : null,
    };

    public static void Write(XmlWriter xml, IReadOnlyList<ExportColumn> columns, string style, string number, string fo)
    {
        xml.WriteStartElement("style", "style", style);
        xml.WriteAttributeString("style", "name", style, Header);
        xml.WriteAttributeString("style", "family", style, "table-cell");
        xml.WriteStartElement("style", "text-properties", style);
        xml.WriteAttributeString("fo", "font-weight", fo, "bold");
        xml.WriteEndElement();
        xml.WriteEndElement();

        foreach (var column in columns.DistinctBy(NameOf).Where(c => NameOf(c) is not null))
        {
            var name = NameOf(column)!;
            var dataStyle = "N" + name[2..];
            if (column.Kind == CellKind.Date)
            {
                xml.WriteStartElement("number", "date-style", number);
                xml.WriteAttributeString("style", "name", style, dataStyle);
                Part(xml, number, "day");
                Literal(xml, number, "/");
                Part(xml, number, "month");
                Literal(xml, number, "/");
                Part(xml, number, "year");
                xml.WriteEndElement();
            }
            else
            {
                var decimals = (column.ShownDecimals ?? 0).ToString(CultureInfo.InvariantCulture);
                xml.WriteStartElement("number", "number-style", number);
                xml.WriteAttributeString("style", "name", style, dataStyle);
                xml.WriteStartElement("number", "number", number);
                xml.WriteAttributeString("number", "decimal-places", number, decimals);
                xml.WriteAttributeString("number", "min-decimal-places", number, decimals);
                xml.WriteAttributeString("number", "min-integer-digits", number, "1");
                if (column.Kind == CellKind.Money)
                {
                    xml.WriteAttributeString("number", "grouping", number, "true");
                }

                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteStartElement("style", "style", style);
            xml.WriteAttributeString("style", "name", style, name);
            xml.WriteAttributeString("style", "family", style, "table-cell");
            xml.WriteAttributeString("style", "data-style-name", style, dataStyle);
            xml.WriteEndElement();
        }
    }

    private static void Part(XmlWriter xml, string number, string part)
    {
        xml.WriteStartElement("number", part, number);
        xml.WriteAttributeString("number", "style", number, "long");
        xml.WriteEndElement();
    }

    private static void Literal(XmlWriter xml, string number, string text) => xml.WriteElementString("number", "text", number, text);
}

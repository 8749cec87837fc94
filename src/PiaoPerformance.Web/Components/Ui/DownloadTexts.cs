namespace PiaoPerformance.Web.Components.Ui;

/// <summary>What the download menu says, in one place (the formats are explained in the user guide, "Scaricare i dati").</summary>
public static class DownloadTexts
{
    public const string Download = "Scarica";
    public const string Xlsx = "Excel (.xlsx)";
    public const string CsvIt = "CSV italiano";
    public const string CsvRfc = "CSV RFC 4180";
    public const string Ods = "OpenDocument (.ods)";
    public const string XlsxHint = "Cartella di lavoro Excel: numeri e date come valori, intestazione bloccata";
    public const string CsvItHint = "Per Excel e LibreOffice in italiano: separatore punto e virgola, virgola decimale, UTF-8 con BOM";
    public const string CsvRfcHint = "Per programmi e portali open data: separatore virgola, punto decimale, UTF-8 senza BOM (RFC 4180)";
    public const string OdsHint = "Foglio di calcolo OpenDocument, per LibreOffice Calc";
}

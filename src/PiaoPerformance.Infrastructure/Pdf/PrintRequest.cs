namespace PiaoPerformance.Infrastructure.Pdf;

/// <summary>
/// A document to print: its HTML (self-contained: styles and fonts inline), the running header and footer as Chromium
/// templates, and the archival metadata. Elements with <c>data-page-of="id"</c> get the number of the page where the
/// element with that id starts (the table of contents), filled after a first print.
/// </summary>
public sealed record PrintRequest(string Html, string HeaderTemplate, string FooterTemplate, PdfMetadata Metadata);

/// <summary>What the PDF/A says about itself: title, author (the ente), language.</summary>
public sealed record PdfMetadata(string Title, string Author, string Language = "it-IT");

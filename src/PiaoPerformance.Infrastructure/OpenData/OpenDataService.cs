using PiaoPerformance.Domain.Access;
using PiaoPerformance.Infrastructure.Evaluation;
using PiaoPerformance.Infrastructure.Measurement;
using PiaoPerformance.Infrastructure.Rewards;

namespace PiaoPerformance.Infrastructure.OpenData;

/// <summary>The data sets offered for download (issue 9, item 4).</summary>
public enum OpenDataSet
{
    /// <summary>Achievements per objective: whoever may read the plan's measurements.</summary>
    Results,
    /// <summary>Evaluation sheets: only those the reader may see.</summary>
    Sheets,
    /// <summary>The premi summary: as the premi page.</summary>
    Premi,
}

/// <summary>A data set of one plan's year, ready to be written in any format.</summary>
public sealed record OpenDataTable(string BaseName, int Year, ExportTable Table)
{
    public ExportFile File(ExportFormat format) => TabularExport.Write(Table, format, BaseName);
}

/// <summary>
/// Reads a data set through the service its page uses (and so with that page's access rule and figures) and turns it
/// into a table; it computes nothing of its own.
/// </summary>
public sealed class OpenDataService(MeasurementQueries measurement, EvaluationSheetService sheets, MoneyService money)
{
    /// <summary>The data set of <paramref name="year"/> (default: the plan's first year); null when the actor's ente has no such plan.</summary>
    /// <exception cref="AccessDeniedException">The actor may not read this data set (premi).</exception>
    /// <exception cref="PiaoPerformance.Domain.Common.DomainException">The year is outside the plan (field <c>year</c>).</exception>
    public async Task<OpenDataTable?> ReadAsync(Actor actor, OpenDataSet set, Guid planId, int? year, CancellationToken ct = default)
    {
        switch (set)
        {
            case OpenDataSet.Results:
                return await measurement.GetResultsAsync(actor, planId, year, ct) is { } results
                    ? new OpenDataTable($"risultati-{results.Year}", results.Year, ResultsTable.From(results)) : null;
            case OpenDataSet.Sheets:
                return await sheets.ListReadableAsync(actor, planId, year, ct) is { } readable
                    ? new OpenDataTable($"schede-{readable.Year}", readable.Year, SheetsTable.From(readable)) : null;
            default:
                var premi = await money.PremiAsync(actor, planId, year, ct);
                return new OpenDataTable($"premi-{premi.Year}", premi.Year, PremiCsv.Table(premi.Summary, premi.Year));
        }
    }
}

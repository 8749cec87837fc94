using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Infrastructure.Measurement;
using PiaoPerformance.Infrastructure.Planning;
using PiaoPerformance.Web.Components.Ui;
using PiaoPerformance.Web.Formatting;
using PiaoPerformance.Web.Security;

namespace PiaoPerformance.Web.Components.Pages.Measurement;

/// <summary>
/// The responsabile's monitoring and year-end report of one objective for a year (issue 7 item 1): progress entries,
/// the Realizzata value or what the card's rule needs, the relazione, acts, evidence files, sending to the NIV; the
/// Segretario or the NIV reopen a closed period with a reason. Each action calls <see cref="ReportingService"/> with
/// the version read; a refused one keeps what was typed and says why (under the field when the domain names it).
/// </summary>
public sealed partial class ReportingPage
{
    private const int Chunk = 64 * 1024;

    private ObjectiveView? _objective;
    private ReportView? _report;
    private IReadOnlyList<int> _years = [];
    private long _maxBytes;
    private bool _loaded;
    private bool _busy;
    private string? _error;
    private string? _saved;
    private decimal? _uploadPct;
    private string? _uploadError;

    private ProgressForm _progress = new();
    private ReportForm _form = new();
    private ReopenForm _reopen = new();
    private EditContext? _progressContext;
    private EditContext? _reportContext;
    private EditContext? _reopenContext;
    private FluentValidator<ProgressForm>? _progressBridge;
    private FluentValidator<ReportForm>? _reportBridge;
    private FluentValidator<ReopenForm>? _reopenBridge;

    [Inject] private PlanQueries Plans { get; set; } = default!;
    [Inject] private MeasurementQueries Queries { get; set; } = default!;
    [Inject] private ReportingService Reporting { get; set; } = default!;
    [Inject] private CurrentActor Current { get; set; } = default!;

    [Parameter] public Guid ObjectiveId { get; set; }

    [SupplyParameterFromQuery(Name = "anno")] public int? Year { get; set; }

    private bool CanUpload => _report is { } r && (r.Actions.AddProgress || r.Actions.Report);

    protected override async Task OnParametersSetAsync()
    {
        var actor = await Current.GetAsync();
        _objective = await Plans.GetObjectiveAsync(actor, ObjectiveId);
        _report = _objective is null ? null : await Queries.GetReportAsync(actor, ObjectiveId, Year);
        _years = _objective?.YearTargets.Select(t => t.Year).ToList() ?? [];
        _maxBytes = await Queries.EvidenceMaxBytesAsync(actor);
        _loaded = true;
        _error = null;
        _saved = null;
        ResetProgress();
        ResetReport();
        ResetReopen();
    }

    private static string Status(ReportView report) =>
        report.IsReopened ? "Riaperta"
        : report.SubmittedAt is { } at ? $"{MeasurementTexts.Submitted} il {Fmt.Instant(at)}"
        : "Da inviare";

    private void ResetProgress()
    {
        _progress = new ProgressForm();
        _progressContext = new EditContext(_progress);
    }

    private void ResetReport()
    {
        _form = _report is null ? new ReportForm() : ReportForm.From(_report);
        _reportContext = new EditContext(_form);
    }

    private void ResetReopen()
    {
        _reopen = new ReopenForm();
        _reopenContext = new EditContext(_reopen);
    }

    private void MarkChanged() => _saved = null;

    private async Task ReloadAsync()
    {
        var actor = await Current.GetAsync();
        _report = await Queries.GetReportAsync(actor, ObjectiveId, Year) ?? _report;
    }

    private Task AddProgressAsync() => RunAsync(_progressBridge, async actor =>
    {
        await Reporting.AddProgressAsync(actor, ObjectiveId, Year, new ProgressInput(_progress.Date, _progress.Text, _progress.ProgressPct), _report?.Version);
        await ReloadAsync();
        ResetProgress();
        return "Avanzamento registrato.";
    });

    private Task SaveReportAsync() => RunAsync(_reportBridge, async actor =>
    {
        await Reporting.SaveReportAsync(actor, ObjectiveId, Year, _form.ToInput(), _report?.Version);
        await ReloadAsync();
        ResetReport();
        return MeasurementTexts.Saved;
    });

    // Sending saves what is in the form first, so that what the responsabile sees is what the NIV receives.
    private Task SubmitAsync()
    {
        if (_reportContext is not null && !_reportContext.Validate())
        {
            _error = MeasurementTexts.Invalid;
            return Task.CompletedTask;
        }

        return RunAsync(_reportBridge, async actor =>
        {
            var version = await Reporting.SaveReportAsync(actor, ObjectiveId, Year, _form.ToInput(), _report?.Version);
            await Reporting.SubmitAsync(actor, ObjectiveId, Year, version);
            await ReloadAsync();
            ResetReport();
            return "Rendicontazione inviata al NIV.";
        });
    }

    private Task ReopenAsync() => RunAsync(_reopenBridge, async actor =>
    {
        await Reporting.ReopenAsync(actor, ObjectiveId, Year, _reopen.Reason);
        await ReloadAsync();
        ResetReopen();
        ResetReport();
        return "Rendicontazione riaperta: il motivo è registrato.";
    });

    private async Task RunAsync<TForm>(FluentValidator<TForm>? bridge, Func<Domain.Access.Actor, Task<string>> action)
        where TForm : class
    {
        if (_busy)
        {
            return;
        }

        _busy = true;
        _error = null;
        _saved = null;
        try
        {
            (_saved, _error) = await MeasurementSave.RunAsync(async () => await action(await Current.GetAsync()), bridge is null ? null : bridge.ShowError);
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task UploadAsync(InputFileChangeEventArgs e)
    {
        _uploadError = null;
        _saved = null;
        var file = e.File;
        if (file.Size > _maxBytes)
        {
            _uploadError = $"Il file «{file.Name}» supera la dimensione massima di {MeasurementTexts.Size(_maxBytes)}: non è stato caricato.";
            return;
        }

        _uploadPct = 0m;
        try
        {
            var content = new byte[file.Size];
            await using (var stream = file.OpenReadStream(_maxBytes))
            {
                var read = 0;
                while (read < content.Length)
                {
                    var n = await stream.ReadAsync(content.AsMemory(read, Math.Min(Chunk, content.Length - read)));
                    if (n == 0)
                    {
                        break;
                    }

                    read += n;
                    _uploadPct = Math.Round(100m * read / content.Length, 0);
                    StateHasChanged();
                }
            }

            var saved = await Reporting.UploadEvidenceAsync(await Current.GetAsync(), ObjectiveId, Year, file.Name, content);
            await ReloadAsync();
            _saved = $"File «{saved.FileName}» caricato.";
        }
        catch (Exception ex) when (MeasurementTexts.MessageOf(ex) is { } message)
        {
            _uploadError = message;
        }
        catch (IOException ex)
        {
            _uploadError = $"Caricamento interrotto: {ex.Message}";
        }
        finally
        {
            _uploadPct = null;
        }
    }
}

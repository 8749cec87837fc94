using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Common;
using PiaoPerformance.Infrastructure.Planning;
using PiaoPerformance.Infrastructure.Spreadsheets;
using PiaoPerformance.Web.Security;

namespace PiaoPerformance.Web.Components.Pages.Plans.Import;

/// <summary>
/// Upload, dry run with progress, problems or preview, then "Conferma importazione" with the same bytes: the same
/// service calls as <c>POST /api/v1/plans/{id}/import</c>. The work runs off the render thread and reports its stage.
/// </summary>
public sealed partial class PlanImportPage
{
    private const int Chunk = 64 * 1024;

    private bool _loaded;
    private bool _busy;
    private string? _refusal;
    private long _maxBytes = Domain.Measurement.EvidenceContent.DefaultMaxBytes;
    private ImportProgress? _progress;
    private ImportResult? _result;
    private string? _done;
    private byte[]? _content;
    private string? _fileName;
    private PlanSummary? _plan;

    [Parameter] public Guid PlanId { get; set; }

    [Inject] private PlanSpreadsheetService Spreadsheets { get; set; } = null!;

    [Inject] private CurrentActor Current { get; set; } = null!;

    [Inject] private PlanQueries Plans { get; set; } = null!;

    protected override async Task OnParametersSetAsync()
    {
        var actor = await Current.GetAsync();
        _plan = (await Plans.ListPlansAsync(actor)).FirstOrDefault(p => p.Id == PlanId);
        try
        {
            await Spreadsheets.EnsureCanImportAsync(actor, PlanId);
            _maxBytes = await Spreadsheets.UploadLimitAsync(actor);
        }
        catch (Exception ex) when (ex is NotFoundException or AccessDeniedException)
        {
            _refusal = ex.Message;
        }

        _loaded = true;
    }

    private async Task UploadAsync(InputFileChangeEventArgs e)
    {
        (_result, _done, _content) = (null, null, null);
        var file = e.File;
        _busy = true;
        try
        {
            if (file.Size > _maxBytes)
            {
                // Not read at all: the service names the limit from the first bytes past it.
                _content = new byte[_maxBytes + 1];
            }
            else
            {
                _content = new byte[file.Size];
                await using var stream = file.OpenReadStream(_maxBytes);
                var read = 0;
                while (read < _content.Length)
                {
                    var n = await stream.ReadAsync(_content.AsMemory(read, Math.Min(Chunk, _content.Length - read)));
                    if (n == 0)
                    {
                        break;
                    }

                    read += n;
                    _progress = new ImportProgress(ImportTexts.Uploading, (int)(100L * read / Math.Max(1, _content.Length)));
                    StateHasChanged();
                }
            }

            _fileName = file.Name;
            _result = await RunAsync(dryRun: true);
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task ConfirmAsync()
    {
        if (_content is null || _busy)
        {
            return;
        }

        _busy = true;
        try
        {
            _result = await RunAsync(dryRun: false);
            if (_result.Saved)
            {
                _done = ImportTexts.Done(_result);
                _result = null;
                _content = null;
            }
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task<ImportResult> RunAsync(bool dryRun)
    {
        var actor = await Current.GetAsync();
        var content = _content!;
        var progress = new Reporter(this);
        return await Task.Run(() => Spreadsheets.ImportAsync(actor, PlanId, _fileName, content, dryRun, progress));
    }

    /// <summary>Shows the service's stage on the page, from whatever thread the service reports on.</summary>
    private sealed class Reporter(PlanImportPage page) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => _ = page.InvokeAsync(() =>
        {
            page._progress = value;
            page.StateHasChanged();
        });
    }
}

using System.Diagnostics;

namespace PiaoPerformance.Infrastructure.Pdf;

/// <summary>Runs a command-line tool (Ghostscript, pdfinfo) and returns its output; a non-zero exit is an error.</summary>
internal static class ExternalTool
{
    public static async Task<string> RunAsync(string fileName, IEnumerable<string> arguments, CancellationToken ct)
    {
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{fileName} did not start.");
        var output = process.StandardOutput.ReadToEndAsync(ct);
        var error = process.StandardError.ReadToEndAsync(ct);
        try
        {
            await process.WaitForExitAsync(ct);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{fileName} exited with {process.ExitCode}: {await error}");
        }

        return await output;
    }
}

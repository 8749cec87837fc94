using System.Runtime.CompilerServices;

namespace PiaoPerformance.Domain.Scoring;

/// <summary>
/// The ordered steps that produced a result, in Italian, so a NIV member or a judge can follow every number
/// ("Componente A = 96 × 25 % = 24,00"). <see cref="Disabled"/> records nothing and, for interpolated lines, does not
/// even format them: the scoring then runs without allocating for explanations (the benchmark path).
/// </summary>
public sealed class Explanation
{
    private readonly List<string>? _lines;

    /// <summary>A new explanation that records its lines.</summary>
    public Explanation()
    {
        _lines = [];
    }

    private Explanation(bool enabled)
    {
        _lines = enabled ? [] : null;
    }

    /// <summary>Shared, records nothing, allocates nothing.</summary>
    public static Explanation Disabled { get; } = new(enabled: false);

    public bool IsEnabled => _lines is not null;

    public IReadOnlyList<string> Lines => (IReadOnlyList<string>?)_lines ?? [];

    public void Add(string line) => _lines?.Add(line);

    /// <summary>An interpolated line: formatted (in it-IT) only when the explanation is enabled.</summary>
    public void Add([InterpolatedStringHandlerArgument("")] ref ExplanationLine line)
    {
        if (_lines is not null)
        {
            _lines.Add(line.ToStringAndClear());
        }
    }
}

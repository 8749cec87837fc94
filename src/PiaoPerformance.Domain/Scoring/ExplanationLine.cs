using System.Runtime.CompilerServices;
using PiaoPerformance.Domain.Common;

namespace PiaoPerformance.Domain.Scoring;

/// <summary>
/// Builds an interpolated explanation line in it-IT, and skips the formatting entirely when the explanation is
/// <see cref="Explanation.Disabled"/>.
/// </summary>
[InterpolatedStringHandler]
public ref struct ExplanationLine
{
    private DefaultInterpolatedStringHandler _inner;

    public ExplanationLine(int literalLength, int formattedCount, Explanation explanation, out bool isEnabled)
    {
        isEnabled = explanation.IsEnabled;
        _inner = isEnabled ? new DefaultInterpolatedStringHandler(literalLength, formattedCount, Format.Italian) : default;
    }

    public void AppendLiteral(string value) => _inner.AppendLiteral(value);

    public void AppendFormatted<T>(T value) => _inner.AppendFormatted(value);

    public void AppendFormatted<T>(T value, string? format) => _inner.AppendFormatted(value, format);

    public void AppendFormatted(string? value) => _inner.AppendFormatted(value);

    internal string ToStringAndClear() => _inner.ToStringAndClear();
}

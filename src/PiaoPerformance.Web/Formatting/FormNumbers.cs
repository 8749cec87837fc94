namespace PiaoPerformance.Web.Formatting;

/// <summary>Numbers as a form's input shows them.</summary>
public static class FormNumbers
{
    /// <summary>
    /// A stored numeric(…, 4) without its trailing zeros, so that an input shows "80" (or "12,5" in an Italian browser),
    /// not "80.0000". The value is unchanged: only its scale goes.
    /// </summary>
    public static decimal? Plain(decimal? value) => value is { } v ? Plain(v) : null;

    /// <inheritdoc cref="Plain(decimal?)"/>
    public static decimal Plain(decimal value) => value / 1.0000000000000000000000000000m;
}

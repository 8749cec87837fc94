using PiaoPerformance.Domain.Common;

namespace PiaoPerformance.Domain.Scoring;

/// <summary>
/// The merit bands of a role, highest first (SPEC §4.1-4.3). Validated: lower bounds strictly descending down to 0,
/// so every score from 0 to 100 finds its band, and pay never rising as the bound falls.
/// </summary>
public sealed record BandTable
{
    private readonly PayBand[] _bands;

    public BandTable(IEnumerable<PayBand> bands)
    {
        var list = bands.ToArray();
        if (list.Length == 0)
        {
            throw new DomainException("La tabella delle fasce deve avere almeno una fascia.", "bands");
        }

        for (var i = 0; i < list.Length; i++)
        {
            var band = list[i];
            Guard.Required(band.Label, $"bands[{i}].label", "Denominazione della fascia");
            Guard.Percentage(band.LowerBound, $"bands[{i}].lowerBound", "Soglia minima della fascia");
            Guard.Percentage(band.PayPct, $"bands[{i}].payPct", "Percentuale del premio della fascia");
            if (i > 0 && (band.LowerBound >= list[i - 1].LowerBound || band.PayPct > list[i - 1].PayPct))
            {
                throw new DomainException(
                    "Le fasce vanno indicate dalla più alta alla più bassa: soglie decrescenti e percentuali del premio non crescenti.",
                    $"bands[{i}]");
            }
        }

        if (list[^1].LowerBound != 0m)
        {
            throw new DomainException("L'ultima fascia deve partire da 0, così che ogni punteggio abbia la sua fascia.", $"bands[{list.Length - 1}].lowerBound");
        }

        _bands = list;
    }

    public IReadOnlyList<PayBand> Bands => _bands;

    /// <summary>SPEC §4.3: the first band whose lower bound the score reaches (≥), on the value given, unrounded.</summary>
    public PayBand For(decimal score)
    {
        foreach (var band in _bands)
        {
            if (score >= band.LowerBound)
            {
                return band;
            }
        }

        return _bands[^1];
    }

    /// <summary>The lower bound of the band above <paramref name="band"/>, if any: the score stayed below it.</summary>
    public decimal? NextAbove(PayBand band)
    {
        var index = Array.IndexOf(_bands, band);
        return index > 0 ? _bands[index - 1].LowerBound : null;
    }

    /// <summary>SPEC §4.1, S3:1083-1088: employees 90/80/70/60/50.</summary>
    public static BandTable CassinoEmployees { get; } = new(
    [
        new(90m, 100m, "PERFORMANCE OTTIMA"),
        new(80m, 80m, "PERFORMANCE BUONA"),
        new(70m, 60m, "PERFORMANCE MIGLIORABILE"),
        new(60m, 50m, "PERFORMANCE SUFFICIENTE"),
        new(50m, 30m, "PERFORMANCE MEDIOCRE"),
        new(0m, 0m, "PERFORMANCE INSUFFICIENTE INADEGUATA"),
    ]);

    /// <summary>SPEC §4.2, S3:830-832, S3:908-910, S3:984-986: Segretario, dirigenti and EQ 75/30. The seed names no band; the labels are ours, after the employees'.</summary>
    public static BandTable CassinoManagers { get; } = new(
    [
        new(75m, 100m, "PERFORMANCE PIENA"),
        new(30m, 50m, "PERFORMANCE PARZIALE"),
        new(0m, 0m, "PERFORMANCE INSUFFICIENTE"),
    ]);
}

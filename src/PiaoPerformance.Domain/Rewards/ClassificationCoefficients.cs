using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Organisation;

namespace PiaoPerformance.Domain.Rewards;

/// <summary>
/// Coefficients of the classification areas for splitting the performance fund (SPEC §4.7, S3:1096-1099): each
/// area's base salary over the base salary of ex-A across 13 monthly payments. They change with each CCNL
/// ("subiranno aggiornamenti", S3:1101), so each version carries the date it applies from.
/// </summary>
public sealed record ClassificationCoefficients
{
    public ClassificationCoefficients(DateOnly validFrom, decimal operatori, decimal operatoriEsperti, decimal istruttori,
        decimal funzionariEq, string? source = null)
    {
        ValidFrom = validFrom;
        Operatori = Positive(operatori, ClassificationArea.Operatori);
        OperatoriEsperti = Positive(operatoriEsperti, ClassificationArea.OperatoriEsperti);
        Istruttori = Positive(istruttori, ClassificationArea.Istruttori);
        FunzionariEq = Positive(funzionariEq, ClassificationArea.FunzionariEQ);
        Source = Guard.Optional(source);
    }

    /// <summary>
    /// SPEC §4.7: Operatori 1,00; Operatori esperti 1,06; Istruttori 1,19; Funzionari ed EQ 1,29 (CCNL 2019-2021,
    /// signed 16 November 2022).
    /// </summary>
    public static ClassificationCoefficients Ccnl2019_2021 { get; } =
        new(new DateOnly(2022, 11, 16), 1.00m, 1.06m, 1.19m, 1.29m, "CCNL 2019-2021");

    public DateOnly ValidFrom { get; }

    /// <summary>The contract the values come from, e.g. "CCNL 2019-2021".</summary>
    public string? Source { get; }

    public decimal Operatori { get; }

    public decimal OperatoriEsperti { get; }

    public decimal Istruttori { get; }

    public decimal FunzionariEq { get; }

    public decimal For(ClassificationArea area) => area switch
    {
        ClassificationArea.Operatori => Operatori,
        ClassificationArea.OperatoriEsperti => OperatoriEsperti,
        ClassificationArea.Istruttori => Istruttori,
        ClassificationArea.FunzionariEQ => FunzionariEq,
        _ => throw new DomainException("Area di inquadramento sconosciuta.", "coefficients"),
    };

    /// <summary>A copy with some areas changed (an ente's own values over the default), applying from <paramref name="validFrom"/>.</summary>
    public ClassificationCoefficients With(IReadOnlyDictionary<ClassificationArea, decimal> overrides, DateOnly? validFrom = null, string? source = null)
    {
        decimal Pick(ClassificationArea area) => overrides.TryGetValue(area, out var value) ? value : For(area);
        return new(validFrom ?? ValidFrom, Pick(ClassificationArea.Operatori), Pick(ClassificationArea.OperatoriEsperti),
            Pick(ClassificationArea.Istruttori), Pick(ClassificationArea.FunzionariEQ), source ?? Source);
    }

    /// <summary>
    /// SPEC §4.7 (versioned configuration): the version in force on <paramref name="date"/>, i.e. the one with the
    /// latest <see cref="ValidFrom"/> not after it. The fund split uses 1 January of the year (S3:1094).
    /// </summary>
    public static ClassificationCoefficients InForceOn(IEnumerable<ClassificationCoefficients> versions, DateOnly date)
    {
        var inForce = versions.Where(v => v.ValidFrom <= date).MaxBy(v => v.ValidFrom);
        return inForce ?? throw new DomainException(
            $"Nessuna versione dei coefficienti delle aree di inquadramento è in vigore al {Format.Date(date)}.", "coefficients");
    }

    /// <summary>The Italian name of an area as the SMVP writes it (S3:1096-1099).</summary>
    public static string Label(ClassificationArea area) => area switch
    {
        ClassificationArea.Operatori => "Operatori",
        ClassificationArea.OperatoriEsperti => "Operatori esperti",
        ClassificationArea.Istruttori => "Istruttori",
        _ => "Funzionari ed EQ",
    };

    private static decimal Positive(decimal value, ClassificationArea area) => value > 0m
        ? value
        : throw new DomainException(
            $"Il coefficiente dell'area {Label(area)} deve essere maggiore di zero (valore indicato: {Format.Number(value)}).",
            "coefficients");
}

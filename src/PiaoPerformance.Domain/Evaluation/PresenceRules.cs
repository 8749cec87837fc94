using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Scoring;

namespace PiaoPerformance.Domain.Evaluation;

/// <summary>
/// SPEC §4.10 (part-year proration of the money) and §4.11 (under three months of presence: not evaluated).
/// <para>
/// Reading of "tre mesi" (S3:1143): three calendar months counted from the first day of service in the year, in days:
/// the threshold is the number of days from the start to the same day three months later (1 January → 90 days in
/// 2025; 15 October → 92). Presence is the days of the period minus <see cref="ServiceInput.AbsenceDays"/>. For a
/// vertical part-time the threshold is scaled by the part-time percentage (S3:1145 [AMB-17]: 50 % → 1,5 months, i.e.
/// half the days). A protected case waives the rule. Whole months (the <see cref="ProrationBasis.Months"/> option) are
/// counted the same way: complete months elapsed from the start, so 1 January - 31 August is 8.
/// </para>
/// </summary>
public static class PresenceRules
{
    /// <summary>No service data: the whole year, evaluable, factor 1.</summary>
    public static PresenceAssessment FullYear(int year)
    {
        var days = DaysIn(year);
        return new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), days, days, 12, days, 0m, true, true, 1m);
    }

    public static PresenceAssessment Assess(
        ServiceInput service, int year, int thresholdMonths, ProrationBasis basis, Explanation explanation)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        if (service.From is { } from && service.To is { } to && to < from)
        {
            throw new DomainException(
                $"La data di fine servizio ({Format.Date(to)}) non può precedere la data di inizio ({Format.Date(from)}).", "service.to");
        }

        if (service.From > last)
        {
            throw new DomainException($"La data di inizio servizio ({Format.Date(service.From.Value)}) è successiva all'anno {year}.", "service.from");
        }

        if (service.To < first)
        {
            throw new DomainException($"La data di fine servizio ({Format.Date(service.To.Value)}) precede l'anno {year}.", "service.to");
        }

        if (service.PartTimePct is <= 0m or > 100m)
        {
            throw new DomainException(
                $"La percentuale di part-time deve essere maggiore di 0 e al massimo 100 (indicata: {Show.Number(service.PartTimePct)}).",
                "service.partTimePct");
        }

        var start = service.From is { } f && f > first ? f : first;
        var end = service.To is { } t && t < last ? t : last;
        var daysInYear = DaysIn(year);
        var serviceDays = end.DayNumber - start.DayNumber + 1;
        if (service.AbsenceDays < 0 || service.AbsenceDays > serviceDays)
        {
            throw new DomainException(
                $"I giorni di assenza devono essere tra 0 e i {serviceDays} giorni di servizio nell'anno (indicati: {service.AbsenceDays}).",
                "service.absenceDays");
        }

        var wholeMonths = WholeMonths(start, end);
        var presenceDays = serviceDays - service.AbsenceDays;
        explanation.Add(
            $"Servizio nell'anno {year}: dal {Format.Date(start)} al {Format.Date(end)}, {serviceDays} giorni su {daysInYear} ({wholeMonths} mesi interi).");
        if (service.AbsenceDays > 0)
        {
            explanation.Add($"Assenze non tutelate: {service.AbsenceDays} giorni → presenza effettiva {presenceDays} giorni.");
        }

        var thresholdDays = ThresholdDays(start, thresholdMonths, service);
        var windowDays = start.AddMonths(thresholdMonths).DayNumber - start.DayNumber;
        if (service.VerticalPartTime && service.PartTimePct < 100m)
        {
            explanation.Add(
                $"Soglia di presenza: {thresholdMonths} mesi dal {Format.Date(start)} = {windowDays} giorni × {Show.Pct(service.PartTimePct)} (part-time verticale) = {Show.Number(thresholdDays)} giorni.");
        }
        else
        {
            explanation.Add($"Soglia di presenza: {thresholdMonths} mesi dal {Format.Date(start)} = {windowDays} giorni.");
        }

        var meets = presenceDays >= thresholdDays;
        var evaluable = ThreeMonthRule(presenceDays, thresholdDays, service.ProtectedAbsence, explanation);
        var factor = ServiceFactor(basis, serviceDays, daysInYear, wholeMonths, explanation);
        return new(start, end, serviceDays, daysInYear, wholeMonths, presenceDays, thresholdDays, meets, evaluable, factor);
    }

    /// <summary>
    /// SPEC §4.11 [AMB-17]: the presence threshold in days, <paramref name="months"/> calendar months from the start,
    /// scaled by the part-time percentage for a vertical part-time (50 % → half).
    /// </summary>
    public static decimal ThresholdDays(DateOnly start, int months, ServiceInput service)
    {
        var windowDays = start.AddMonths(months).DayNumber - start.DayNumber;
        return service.VerticalPartTime ? windowDays * service.PartTimePct / 100m : windowDays;
    }

    /// <summary>
    /// SPEC §4.11, S3:1143: presence under the threshold → not evaluated and no incentive, unless a case protected by
    /// law applies.
    /// </summary>
    public static bool ThreeMonthRule(int presenceDays, decimal thresholdDays, bool protectedCase, Explanation explanation)
    {
        if (presenceDays >= thresholdDays)
        {
            explanation.Add($"Presenza minima (SPEC §4.11): {presenceDays} giorni ≥ soglia di {Show.Number(thresholdDays)} giorni → valutabile.");
            return true;
        }

        if (protectedCase)
        {
            explanation.Add(
                $"Presenza minima (SPEC §4.11): {presenceDays} giorni < soglia di {Show.Number(thresholdDays)} giorni, ma ricorre un caso tutelato dalla normativa → valutabile.");
            return true;
        }

        explanation.Add(
            $"Presenza minima (SPEC §4.11): {presenceDays} giorni < soglia di {Show.Number(thresholdDays)} giorni → non valutabile, nessun trattamento incentivante.");
        return false;
    }

    /// <summary>
    /// SPEC §4.10, S3:1139: the money is prorated by days of service / days in the year (365 or 366), or by whole
    /// months / 12 (option). It does not touch the score.
    /// </summary>
    public static decimal ServiceFactor(ProrationBasis basis, int serviceDays, int daysInYear, int wholeMonths, Explanation explanation)
    {
        if (basis == ProrationBasis.Months)
        {
            var byMonths = wholeMonths / 12m;
            if (wholeMonths < 12)
            {
                explanation.Add($"Riproporzionamento per mesi interi di servizio (SPEC §4.10): {wholeMonths}/12 = {Show.Number(byMonths)}.");
            }

            return byMonths;
        }

        var byDays = (decimal)serviceDays / daysInYear;
        if (serviceDays < daysInYear)
        {
            explanation.Add($"Riproporzionamento per giorni di servizio (SPEC §4.10): {serviceDays}/{daysInYear} = {Show.Number(byDays)}.");
        }

        return byDays;
    }

    public static int DaysIn(int year) => DateTime.IsLeapYear(year) ? 366 : 365;

    /// <summary>Complete months elapsed from <paramref name="start"/> within the period (1 Jan - 31 Aug → 8).</summary>
    public static int WholeMonths(DateOnly start, DateOnly end)
    {
        var months = 0;
        while (months < 12 && start.AddMonths(months + 1).AddDays(-1) <= end)
        {
            months++;
        }

        return months;
    }
}

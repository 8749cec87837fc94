using PiaoPerformance.Domain.Organisation;
using PiaoPerformance.Domain.Rewards;

namespace PiaoPerformance.Domain.Tests.Rewards;

/// <summary>Head-counts on 1 January, written as the SPEC's tables write them.</summary>
internal static class Staff
{
    public static IReadOnlyDictionary<ClassificationArea, int> Of(int operatori = 0, int esperti = 0, int istruttori = 0, int funzionari = 0) =>
        new Dictionary<ClassificationArea, int>
        {
            [ClassificationArea.Operatori] = operatori,
            [ClassificationArea.OperatoriEsperti] = esperti,
            [ClassificationArea.Istruttori] = istruttori,
            [ClassificationArea.FunzionariEQ] = funzionari,
        };

    /// <summary>SPEC §6 Example 7, settore A: 2 Operatori, 3 Operatori esperti, 4 Istruttori, 1 Funzionario (11,23 units).</summary>
    public static UnitHeadcount SettoreA => new("A", Of(operatori: 2, esperti: 3, istruttori: 4, funzionari: 1));

    /// <summary>SPEC §6 Example 7, settore B: 5 Istruttori, 2 Funzionari (8,53 units).</summary>
    public static UnitHeadcount SettoreB => new("B", Of(istruttori: 5, funzionari: 2));
}

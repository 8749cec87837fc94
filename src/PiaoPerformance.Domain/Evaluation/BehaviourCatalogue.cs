using PiaoPerformance.Domain.Common;

namespace PiaoPerformance.Domain.Evaluation;

/// <summary>
/// The behaviour items of component C for one role, in sheet order (SPEC §3.3). Scores are given in this order.
/// Per ente and per cycle: <see cref="CassinoSegretario"/> and the others are seed 003's catalogues.
/// </summary>
public sealed partial class BehaviourCatalogue
{
    public BehaviourCatalogue(EvaluatedRole role, IEnumerable<BehaviourItem> items)
    {
        var list = items.ToArray();
        if (list.Length == 0)
        {
            throw new DomainException("Il catalogo dei comportamenti deve avere almeno una voce.", "catalogue");
        }

        foreach (var item in list)
        {
            Guard.Required(item.Label, "catalogue", "Descrizione della voce di comportamento");
            if (item.Maximum < 1)
            {
                throw new DomainException(
                    $"La voce «{item.Label}» deve avere un punteggio massimo di almeno 1 (indicato: {item.Maximum}).", "catalogue");
            }
        }

        Role = role;
        Items = list;
        Maximum = list.Sum(i => i.Maximum);
    }

    public EvaluatedRole Role { get; }

    public IReadOnlyList<BehaviourItem> Items { get; }

    /// <summary>The most component C can be worth: 40, 40, 30, 50 in seed 003.</summary>
    public int Maximum { get; }

    public int Count => Items.Count;

    /// <summary>
    /// SPEC §3.3: one integer score per item, in catalogue order, each 0..max. Fields: <c>behaviourScores</c> for the
    /// count, <c>behaviourScores[i]</c> for a value.
    /// </summary>
    public int Total(IReadOnlyList<int>? scores)
    {
        if (scores is null || scores.Count != Items.Count)
        {
            throw new DomainException(
                $"Per il ruolo {RoleNames.Of(Role)} servono {Items.Count} punteggi di comportamento, uno per voce nell'ordine del catalogo (indicati: {scores?.Count ?? 0}).",
                "behaviourScores");
        }

        var total = 0;
        for (var i = 0; i < scores.Count; i++)
        {
            var item = Items[i];
            var score = scores[i];
            if (score < 0 || score > item.Maximum)
            {
                throw new DomainException(
                    $"Comportamento «{item.Display}»: il punteggio deve essere un intero compreso tra 0 e {item.Maximum} (indicato: {score}).",
                    $"behaviourScores[{i}]");
            }

            total += score;
        }

        return total;
    }

    /// <summary>The catalogue of seed 003 (Cassino) for <paramref name="role"/>.</summary>
    public static BehaviourCatalogue Cassino(EvaluatedRole role) => role switch
    {
        EvaluatedRole.Segretario => CassinoSegretario,
        EvaluatedRole.Dirigente => CassinoDirigente,
        EvaluatedRole.Eq => CassinoEq,
        EvaluatedRole.Dipendente => CassinoDipendente,
        _ => throw new DomainException("Ruolo valutato non riconosciuto.", "role"),
    };
}

namespace PiaoPerformance.Domain.Evaluation;

// The graded descriptors of every level, per item, in the catalogue's order (SPEC §3.3: "Load the full descriptor
// texts verbatim from the cited lines"). Text is seed 003's, with the document's markup, numbering and page breaks
// removed; its spelling is kept ("in maniera sufficientemente", "Costanza").
public sealed partial class BehaviourCatalogue
{
    /// <summary>
    /// The levels of <paramref name="itemIndex"/>, lowest first: 0..max for the Segretario (S3:784-796), 1..5 for the
    /// other roles (their tables describe 1..5 though the range reads "da 0 a 5", SPEC §3.3 [PROP]: 0 has no
    /// descriptor and needs a note).
    /// </summary>
    public IReadOnlyList<BehaviourLevel> LevelsOf(int itemIndex)
    {
        var texts = Role switch
        {
            EvaluatedRole.Segretario => CassinoDescriptors.Segretario,
            EvaluatedRole.Dirigente => CassinoDescriptors.Dirigente,
            EvaluatedRole.Eq => CassinoDescriptors.Eq,
            _ => CassinoDescriptors.Dipendente,
        };
        if (itemIndex < 0 || itemIndex >= Items.Count || itemIndex >= texts.Length)
        {
            return [];
        }

        var levels = texts[itemIndex];
        var first = Items[itemIndex].Maximum - levels.Length + 1;
        return levels.Select((text, i) => new BehaviourLevel(first + i, text)).ToArray();
    }

    /// <summary>The descriptor of <paramref name="score"/> on item <paramref name="itemIndex"/>, or null (0 on a 1..5 item).</summary>
    public string? DescriptorOf(int itemIndex, int score) =>
        LevelsOf(itemIndex).FirstOrDefault(l => l.Score == score)?.Descriptor;
}

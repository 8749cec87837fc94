namespace PiaoPerformance.Domain.Sheets;

/// <summary>A behaviour score of component C: the item (by position and code in the role's catalogue), the integer score and a note.</summary>
public sealed class SheetScore
{
    private SheetScore()
    {
    }

    internal SheetScore(Guid municipalityId, int itemIndex, string code, int score, string? note)
    {
        MunicipalityId = municipalityId;
        ItemIndex = itemIndex;
        Code = code;
        Score = score;
        Note = note;
    }

    public Guid MunicipalityId { get; private set; }

    public int ItemIndex { get; private set; }

    public string Code { get; private set; } = "";

    public int Score { get; private set; }

    /// <summary>Why the score was given; required for a 0 on an item whose levels start at 1 (SPEC §3.3 [PROP]).</summary>
    public string? Note { get; private set; }
}

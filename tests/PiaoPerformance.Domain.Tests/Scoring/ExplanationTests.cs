using PiaoPerformance.Domain.Evaluation;
using PiaoPerformance.Domain.Scoring;

namespace PiaoPerformance.Domain.Tests.Scoring;

public sealed class ExplanationTests
{
    [Fact]
    public void LinesAreKeptInOrderAndFormattedInItalian()
    {
        var explanation = new Explanation();
        var d = 87.51875m;

        explanation.Add("Prima riga.");
        explanation.Add($"D = {d:0.00}, anno {2024}");

        explanation.Lines.ShouldBe(["Prima riga.", "D = 87,52, anno 2024"]);
    }

    [Fact]
    public void TheDisabledExplanationRecordsNothing()
    {
        Explanation.Disabled.Add("Riga.");
        Explanation.Disabled.Add($"D = {92.125m}");

        Explanation.Disabled.IsEnabled.ShouldBeFalse();
        Explanation.Disabled.Lines.ShouldBeEmpty();
    }

    [Fact]
    public void TheDisabledExplanationDoesNotEvenFormatItsLines()
    {
        var d = 92.125m;
        AddLines(d);
        var before = GC.GetAllocatedBytesForCurrentThread();

        AddLines(d);

        (GC.GetAllocatedBytesForCurrentThread() - before).ShouldBe(0);

        static void AddLines(decimal d)
        {
            for (var i = 0; i < 100; i++)
            {
                Explanation.Disabled.Add($"Componente D = {d:0.00##} al passo {i} su {DateTime.MaxValue:d}");
            }
        }
    }

    [Fact]
    public void ScoringWithoutAnExplanationGivesTheSameNumbersAndNoLines()
    {
        var input = SheetBuilder.Dirigente().Ente(90m).Objective("O1", null, 100m).Objective("O2", null, 50m)
            .Sanctions(fine: 1).Service(new ServiceInput { To = new DateOnly(2024, 6, 30) }).Pay(5000m, true, false).Build();

        var explained = SheetCalculator.Score(input, EvaluationSystem.CassinoDefault, new Explanation());
        var silent = SheetCalculator.Score(input, EvaluationSystem.CassinoDefault, Explanation.Disabled);

        silent.Explanation.ShouldBeEmpty();
        explained.Explanation.ShouldNotBeEmpty();
        silent.ShouldBe(explained with { Explanation = silent.Explanation, Objectives = silent.Objectives });
        silent.Objectives.ShouldBe(explained.Objectives);
    }
}

namespace PiaoPerformance.Infrastructure.Spreadsheets;

// Column positions (0-based) of the template sheets, in the order PlanWorkbookTemplate lists them.
internal static class ObjectiveCol
{
    public const int Ref = 0, Level = 1, Kind = 2, Unit = 3, Responsible = 4, Number = 5, Code = 6, Parent = 7, Share = 8, Theme = 9,
        Title = 10, Description = 11, ExpectedResult = 12, Verification = 13, Start = 14, End = 15, EndText = 16, Weight = 17,
        MandateLines = 18, DupCode = 19, Programmes = 20, Staff = 21, Stakeholders = 22, External = 23, Contingent = 24,
        PaymentTimes = 25, Rule = 26, RuleUnit = 27, Importance = 28, Impact = 29, Complexity = 30, Feasibility = 31, ReviewNote = 32;
}

internal static class IndicatorCol
{
    public const int Number = 1, Name = 2, Formula = 3, Unit = 4, Polarity = 5, Target = 6, Baseline = 7, Source = 8;
}

internal static class TargetCol
{
    public const int Year = 1, Expected = 2, NotApplicable = 3;
}

internal static class PhaseCol
{
    public const int Number = 1, Title = 2, Due = 3, Completed = 4;
}

internal static class StepCol
{
    public const int Label = 1, Pct = 2, LowerBound = 3;
}

internal static class ContributionCol
{
    public const int Unit = 1, Pct = 2, ExpectedValue = 3, Indicators = 4, Outcome = 5;
}

using System.Globalization;
using PiaoPerformance.Web.Formatting;

namespace PiaoPerformance.Web.Tests.Formatting;

/// <summary>
/// The demo has whole percentages only, so the decimal comma and the thousands dot are checked on the it-IT
/// formatter every page prints through (<see cref="Fmt"/>); <see cref="ItalianFormats"/> checks a card in the browser.
/// </summary>
public sealed class FmtOutput
{
    [Theory]
    [InlineData("4.5", "4,5 %")]
    [InlineData("15", "15 %")]
    [InlineData("33.33", "33,33 %")]
    public void PercentagesUseTheDecimalComma(string value, string expected) =>
        Fmt.Percent(decimal.Parse(value, CultureInfo.InvariantCulture)).ShouldBe(expected);

    [Fact]
    public void MoneyUsesTheThousandsDotAndTheDecimalComma() => Fmt.Money(1234.56m).ShouldBe("€ 1.234,56");

    [Fact]
    public void DatesAreDayMonthYear() => Fmt.Date(new DateOnly(2024, 1, 31)).ShouldBe("31/01/2024");
}

namespace PiaoPerformance.Domain.Organisation;

public enum PartTimeType
{
    FullTime,
    Horizontal,
    Vertical,
}

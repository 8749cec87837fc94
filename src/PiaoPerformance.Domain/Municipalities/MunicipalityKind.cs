namespace PiaoPerformance.Domain.Municipalities;

public enum MunicipalityKind
{
    Comune,
    Unione,
}

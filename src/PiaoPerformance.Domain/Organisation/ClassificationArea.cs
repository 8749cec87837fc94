namespace PiaoPerformance.Domain.Organisation;

/// <summary>Area di inquadramento of CCNL 16.11.2022 (S3:742, S3:1096-1099).</summary>
public enum ClassificationArea
{
    Operatori,
    OperatoriEsperti,
    Istruttori,
    FunzionariEQ,
}

namespace PiaoPerformance.Domain.Common;

/// <summary>Data that belongs to one ente: one database serves many comuni, each row says whose it is.</summary>
public interface ITenantOwned
{
    Guid MunicipalityId { get; }
}

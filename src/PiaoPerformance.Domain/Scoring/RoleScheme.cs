using PiaoPerformance.Domain.Common;
using PiaoPerformance.Domain.Evaluation;

namespace PiaoPerformance.Domain.Scoring;

/// <summary>
/// What a role's sheet is made of (SPEC §3.2-3.3, §4.1-4.2): its shares of A, B and C, its behaviour catalogue and its
/// bands. The catalogue's maximum must equal the C share, so that D can reach 100 and never pass it.
/// </summary>
public sealed record RoleScheme
{
    public RoleScheme(EvaluatedRole role, ComponentShares shares, BehaviourCatalogue catalogue, BandTable bands)
    {
        if (catalogue.Role != role)
        {
            throw new DomainException(
                $"Il catalogo dei comportamenti è del ruolo {RoleNames.Of(catalogue.Role)}, non {RoleNames.Of(role)}.", "catalogue");
        }

        if (catalogue.Maximum != shares.C)
        {
            throw new DomainException(
                $"Ruolo {RoleNames.Of(role)}: il catalogo dei comportamenti vale {catalogue.Maximum} punti, ma la componente C ne prevede {Show.Number(shares.C)}.",
                "catalogue");
        }

        Role = role;
        Shares = shares;
        Catalogue = catalogue;
        Bands = bands;
    }

    public EvaluatedRole Role { get; }

    public ComponentShares Shares { get; }

    public BehaviourCatalogue Catalogue { get; }

    public BandTable Bands { get; }
}

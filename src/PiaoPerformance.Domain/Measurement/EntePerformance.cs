using PiaoPerformance.Domain.Common;

namespace PiaoPerformance.Domain.Measurement;

/// <summary>
/// The ente's overall performance for one year, component A of the sheets (SPEC §2.1 [PROP], S3:801: "effettuata dalla
/// Giunta e validata dal Nucleo"): a number from 0 to 100 entered by the Giunta operator and validated by the NIV.
/// Once validated it changes no more.
/// </summary>
public sealed class EntePerformance : ITenantOwned
{
    private EntePerformance()
    {
    }

    public EntePerformance(Guid municipalityId, Guid planCycleId, int year)
    {
        Id = Ids.New();
        MunicipalityId = municipalityId;
        PlanCycleId = planCycleId;
        Year = year;
    }

    public Guid Id { get; private set; }

    public Guid MunicipalityId { get; private set; }

    public Guid PlanCycleId { get; private set; }

    public int Year { get; private set; }

    public decimal? Value { get; private set; }

    public string? Note { get; private set; }

    public Guid? EnteredByPersonId { get; private set; }

    public DateTimeOffset? EnteredAt { get; private set; }

    public Guid? ValidatedByPersonId { get; private set; }

    public DateTimeOffset? ValidatedAt { get; private set; }

    public bool IsValidated => ValidatedAt is not null;

    /// <summary>The Giunta's figure, 0..100; refused once the NIV has validated it.</summary>
    public void Enter(decimal? value, string? note, Guid byPersonId, DateTimeOffset at)
    {
        if (IsValidated)
        {
            throw new DomainException("La performance dell'ente è già stata validata dal NIV: non si modifica più.", nameof(Value));
        }

        var figure = value ?? throw new DomainException("Performance dell'ente: campo obbligatorio.", nameof(Value));
        Value = Guard.Percentage(figure, nameof(Value), "Performance dell'ente");
        Note = Guard.Optional(note);
        EnteredByPersonId = byPersonId;
        EnteredAt = at;
    }

    /// <summary>The NIV validates the figure the Giunta entered.</summary>
    public void Validate(Guid byPersonId, DateTimeOffset at)
    {
        if (Value is null)
        {
            throw new DomainException("Performance dell'ente: la Giunta non ha ancora inserito il valore da validare.", nameof(Value));
        }

        if (IsValidated)
        {
            throw new DomainException("La performance dell'ente è già stata validata.", nameof(Value));
        }

        ValidatedByPersonId = byPersonId;
        ValidatedAt = at;
    }
}

using Microsoft.EntityFrameworkCore;
using PiaoPerformance.Domain.Access;
using PiaoPerformance.Domain.Common;

namespace PiaoPerformance.Infrastructure.Evaluation;

public sealed partial class EvaluationSheetService
{
    private const string OnlySegretario = "Il cambio del valutatore è registrato dal Segretario.";

    /// <summary>
    /// The Segretario records that evaluator <paramref name="formerPersonId"/> left on <paramref name="leftOn"/> and
    /// names <paramref name="replacementPersonId"/>, a person of the ente, final evaluator from the next day (SPEC
    /// §4.13). The one who left keeps their partial evaluation; the replacement combines the partials.
    /// </summary>
    /// <exception cref="DomainException">The replacement is not of the ente, or a rule of the sheet refuses the change.</exception>
    public async Task<SheetView> ReplaceEvaluatorAsync(Actor actor, Guid id, Guid formerPersonId, DateOnly leftOn, Guid replacementPersonId, string? note,
        uint? version = null, CancellationToken ct = default)
    {
        await using (var db = await contextFactory.CreateDbContextAsync(ct))
        {
            // Not found and not allowed come before the check of the person named, as on every change of a sheet.
            var ente = await db.EvaluationSheets.AsNoTracking().Where(s => s.Id == id && s.MunicipalityId == actor.MunicipalityId).Select(s => (Guid?)s.MunicipalityId)
                .FirstOrDefaultAsync(ct) ?? throw new NotFoundException("Scheda di valutazione non trovata.");
            if (!AccessRules.CanManageSheets(actor, ente))
            {
                throw new AccessDeniedException(OnlySegretario);
            }

            if (!await db.People.AnyAsync(p => p.Id == replacementPersonId && p.MunicipalityId == actor.MunicipalityId, ct))
            {
                throw new DomainException("Il nuovo valutatore deve essere una persona dell'ente.", "replacementPersonId");
            }
        }

        return await ChangeAsync(actor, id, version, (a, s) => AccessRules.CanManageSheets(a, s.MunicipalityId) ? null : OnlySegretario,
            (sheet, _) => sheet.ReplaceEvaluator(formerPersonId, leftOn, replacementPersonId, note), null, ct);
    }

    /// <summary>Who may take over as evaluator of the sheet: the people of the ente, but the person evaluated and those already named on it.</summary>
    /// <exception cref="NotFoundException">No such sheet in the actor's ente.</exception>
    /// <exception cref="AccessDeniedException">The actor is not the Segretario.</exception>
    public async Task<IReadOnlyList<PersonOption>> ListReplacementCandidatesAsync(Actor actor, Guid id, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var sheet = await db.EvaluationSheets.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id && s.MunicipalityId == actor.MunicipalityId, ct)
            ?? throw new NotFoundException("Scheda di valutazione non trovata.");
        if (!AccessRules.CanManageSheets(actor, sheet.MunicipalityId))
        {
            throw new AccessDeniedException(OnlySegretario);
        }

        var named = sheet.Evaluators.Select(e => e.PersonId).Append(sheet.PersonId).ToList();
        var people = await db.People.AsNoTracking().Where(p => p.MunicipalityId == actor.MunicipalityId && !named.Contains(p.Id)).ToListAsync(ct);
        return people.OrderBy(p => p.FamilyName, StringComparer.Create(Format.Italian, true)).ThenBy(p => p.GivenName, StringComparer.Create(Format.Italian, true))
            .Select(p => new PersonOption(p.Id, p.DisplayName)).ToList();
    }
}

/// <summary>A person to choose in a list.</summary>
public sealed record PersonOption(Guid PersonId, string Name);

namespace PiaoPerformance.Domain.Evaluation;

/// <summary>How the explanation lines and messages name a role, in Italian.</summary>
public static class RoleNames
{
    public static string Of(EvaluatedRole role) => role switch
    {
        EvaluatedRole.Segretario => "Segretario",
        EvaluatedRole.Dirigente => "Dirigente",
        EvaluatedRole.Eq => "EQ",
        EvaluatedRole.Dipendente => "Dipendente",
        _ => role.ToString(),
    };

    /// <summary>Segretario, dirigenti and EQ holders: the manager bands and the payment-times gate (SPEC §4.2, §2.10).</summary>
    public static bool IsManager(EvaluatedRole role) => role is EvaluatedRole.Segretario or EvaluatedRole.Dirigente or EvaluatedRole.Eq;
}

namespace PiaoPerformance.Domain.Scoring;

/// <summary>SPEC §2.10 [AMB-6]: how the payment-times objective weighs on managers' result pay; the 30 % applies once.</summary>
public enum PaymentTimesMode
{
    /// <summary>Default (S0:20): target missed → result pay × 0,70 for Segretario, dirigenti and EQ.</summary>
    Gate,
    /// <summary>The objective carries a 30 % weight (S2:254): missing it loses that weight; no further cut.</summary>
    Weight,
}

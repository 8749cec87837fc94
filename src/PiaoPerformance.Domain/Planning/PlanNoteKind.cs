namespace PiaoPerformance.Domain.Planning;

public enum PlanNoteKind
{
    /// <summary>Paragraphs after the payment-times objective (S0:20, S0:22).</summary>
    PaymentTimes,
    /// <summary>"INDICAZIONI METODOLOGICHE PER LA VALUTAZIONE": introduction (S0:618).</summary>
    MethodIntro,
    /// <summary>One bullet of the NIV method notes (S0:620-624).</summary>
    MethodItem,
}

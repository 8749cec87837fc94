using PiaoPerformance.Domain.Common;

namespace PiaoPerformance.Domain.Tests.Support;

public static class DomainAssert
{
    /// <summary>The action breaks a rule: a <see cref="DomainException"/> naming <paramref name="field"/>.</summary>
    public static DomainException Refuses(Action action, string field)
    {
        var error = Should.Throw<DomainException>(action);
        error.Field.ShouldBe(field);
        return error;
    }
}

namespace PiaoPerformance.Web.Tests.Support;

/// <summary>Every test class joins this collection, so the suite starts the app and Chromium once.</summary>
[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<PiaoAppFixture>
{
    public const string Name = "Running app";
}

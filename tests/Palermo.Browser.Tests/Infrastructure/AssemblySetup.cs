[assembly: AssemblyFixture(typeof(Palermo.Browser.Tests.Infrastructure.BrowserSession))]

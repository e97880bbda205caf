[assembly: AssemblyFixture(typeof(Palermo.Web.Tests.Infrastructure.WebApps))]

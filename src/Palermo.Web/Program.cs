using Palermo.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddPalermoWeb();

var app = builder.Build();
await app.InitializePalermoAsync();
app.UsePalermoPipeline();
app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;

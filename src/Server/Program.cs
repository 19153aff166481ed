using OpenElements.Server;

var builder = WebApplication.CreateBuilder(args);
builder.AddOpenElements();

var app = builder.Build();
app.UseOpenElements();
app.MapOpenElements();
await app.InitializeOpenElementsAsync();
await app.RunAsync();

using System.Security.Cryptography;
using System.Text.Json.Serialization;

namespace OpenElements.Server.Errors;

/// <summary>The platform's one error shape: <c>{"requestId","message","providerMessage"?}</c>.</summary>
public sealed record WireError(
    string RequestId,
    string Message,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ProviderMessage = null);

/// <summary>Request ids look like the platform's: 24 hex characters (a Mongo ObjectId).</summary>
public static class RequestIds
{
    private const string ItemKey = "OpenElements.RequestId";

    public static string Get(HttpContext context)
    {
        if (context.Items.TryGetValue(ItemKey, out var existing) && existing is string id)
        {
            return id;
        }

        id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
        context.Items[ItemKey] = id;
        return id;
    }
}

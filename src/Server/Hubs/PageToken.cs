using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using OpenElements.Server.Errors;

namespace OpenElements.Server.Hubs;

/// <summary>
/// The <c>nextPage</c> token: where the next page starts (offset, or a connector cursor), bound to the
/// object and the query it came from, so a token replayed against another query is refused rather than
/// silently paging something else.
/// </summary>
public sealed record PageToken(string Object, string QueryHash, long Offset, string? Cursor)
{
    public string Encode() => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(this));

    public static PageToken Decode(string token, string objectName, string queryHash)
    {
        PageToken? decoded = null;
        try
        {
            decoded = JsonSerializer.Deserialize<PageToken>(Base64Url.DecodeFromChars(token));
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            // falls through to the 400 below
        }

        if (decoded is null || decoded.Object != objectName)
        {
            throw ApiException.BadRequest("'nextPage' is not a page token of this resource; use the Elements-Next-Page-Token header of the previous page.");
        }

        return decoded.QueryHash == queryHash
            ? decoded
            : throw ApiException.BadRequest("'nextPage' belongs to a different query (where, orderBy or fields changed); start again from page 1.");
    }

    public static string HashOf(string? where, string? orderBy, string? fields) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes($"{where}\n{orderBy}\n{fields}")))[..16];
}

using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;

namespace OpenElements.Simulators.ConnectWise;

/// <summary>
/// Navigable paging: <c>page</c> is 1-based, <c>pageSize</c> defaults to 25 and is capped at 1000, and the
/// <c>Link</c> header carries <c>first</c>/<c>prev</c>/<c>next</c>/<c>last</c> URLs on the vendor's host.
/// </summary>
internal sealed record ConnectWisePage(int Page, int PageSize)
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 1000;

    public static ConnectWisePage From(IQueryCollection query)
    {
        // REVIEW: [M] out-of-range or unparsable values fall back to the defaults instead of failing;
        // ConnectWise's answer to page=0 or pageSize=abc was not found in a source.
        var page = int.TryParse(query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p >= 1 ? p : 1;
        var size = int.TryParse(query["pageSize"], NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s >= 1
            ? Math.Min(s, MaxPageSize)
            : DefaultPageSize;
        return new ConnectWisePage(page, size);
    }

    public IEnumerable<T> Slice<T>(IEnumerable<T> items) => items.Skip((Page - 1) * PageSize).Take(PageSize);

    /// <summary>
    /// The Link header for a list of <paramref name="total"/> items, or null when there is nowhere to go.
    /// The URLs repeat the request's other parameters (conditions, orderBy…) and always say https:
    /// the simulator is reached over loopback http, the vendor it stands for is not.
    /// </summary>
    public string? LinkHeader(HttpRequest request, int total)
    {
        var last = Math.Max(1, (total + PageSize - 1) / PageSize);
        var links = new List<string>();
        if (Page > 1)
        {
            links.Add(Link(request, 1, "first"));
            links.Add(Link(request, Math.Min(Page - 1, last), "prev"));
        }

        if (Page < last)
        {
            links.Add(Link(request, Page + 1, "next"));
            links.Add(Link(request, last, "last"));
        }

        return links.Count == 0 ? null : string.Join(", ", links);
    }

    private string Link(HttpRequest request, int page, string rel)
    {
        var query = new QueryBuilder(request.Query
            .Where(q => !q.Key.Equals("page", StringComparison.OrdinalIgnoreCase) && !q.Key.Equals("pageSize", StringComparison.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string>(q.Key, v ?? ""))))
        {
            { "pageSize", PageSize.ToString(CultureInfo.InvariantCulture) },
            { "page", page.ToString(CultureInfo.InvariantCulture) },
        };
        return $"<https://{request.Host}{request.PathBase}{request.Path}{query}>; rel=\"{rel}\"";
    }
}

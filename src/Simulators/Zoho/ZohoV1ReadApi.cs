using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpenElements.Simulators.Hosting;

namespace OpenElements.Simulators.Zoho;

/// <summary>
/// v1 reads on crm.zoho.com (vendors.md 2.2.1, 2.3): <c>getRecords</c>, <c>getRecordById</c>, <c>searchRecords</c>,
/// GET or POST with parameters in either place. Records come in <c>fromIndex</c>..<c>toIndex</c> windows of at
/// most 200; an empty window is <c>nodata</c> 4422.
/// </summary>
internal static class ZohoV1ReadApi
{
    /// <summary>getRecordById's <c>idlist</c> took at most this many ids.</summary>
    public const int MaxIds = 100;

    public static IEndpointRouteBuilder MapZohoV1Reads(this IEndpointRouteBuilder crm)
    {
        string[] methods = [HttpMethods.Get, HttpMethods.Post];
        crm.MapMethods("/crm/private/json/{module}/getRecords", methods, GetRecordsAsync).CountsAs(RequestKind.List);
        crm.MapMethods("/crm/private/json/{module}/searchRecords", methods, SearchRecordsAsync).CountsAs(RequestKind.List);
        crm.MapMethods("/crm/private/json/{module}/getRecordById", methods, GetRecordByIdAsync).CountsAs(RequestKind.Read);
        // Any other method name: v1 checked the ticket, then refused the method as a bad parameter.
        crm.MapMethods("/crm/private/json/{module}/{method}", methods, UnknownMethodAsync);
        return crm;
    }

    private static async Task<IResult> UnknownMethodAsync(HttpRequest request, string module, ZohoAuthTokenStore tokens, ZohoUserDirectory users)
    {
        var (_, error) = await ZohoV1Request.ReadAsync(request, module, tokens, users);
        return error ?? ZohoV1Json.InvalidParameter(request);
    }

    private static async Task<IResult> GetRecordsAsync(HttpRequest request, string module, ZohoAuthTokenStore tokens, ZohoUserDirectory users, ZohoData data)
    {
        var (call, error) = await ZohoV1Request.ReadAsync(request, module, tokens, users);
        if (call is null)
        {
            return error!;
        }

        if (ZohoV1Rows.Window(call) is not { } window || !ZohoV1Rows.Columns(call, out var columns))
        {
            return ZohoV1Json.InvalidParameter(request);
        }

        IEnumerable<ZohoRecord> records = data[call.Module].Snapshot();
        if (call.Get("lastModifiedTime") is { } since)
        {
            if (!DateTime.TryParseExact(since, ZohoRecord.TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                return ZohoV1Json.InvalidParameter(request);
            }

            // The fixed-width format sorts as text, so "at or after" is an ordinal comparison.
            records = records.Where(r => string.CompareOrdinal(r["Modified Time"], since) >= 0);
        }

        if (call.Get("sortColumnString") is { } sortColumn)
        {
            var order = call.Get("sortOrderString") ?? "asc";
            if (!data.Labels(call.Module).Contains(sortColumn) || order is not ("asc" or "desc"))
            {
                return ZohoV1Json.InvalidParameter(request);
            }

            records = Sort(records, sortColumn, call.Module.Numbers.Contains(sortColumn, StringComparer.Ordinal), order == "desc");
        }

        return Window(call, records, window, columns);
    }

    private static async Task<IResult> SearchRecordsAsync(HttpRequest request, string module, ZohoAuthTokenStore tokens, ZohoUserDirectory users, ZohoData data)
    {
        var (call, error) = await ZohoV1Request.ReadAsync(request, module, tokens, users);
        if (call is null)
        {
            return error!;
        }

        if (call.Get("criteria") is not { } text)
        {
            return ZohoV1Json.MissingParameter(request, "criteria");
        }

        if (ZohoV1Rows.Window(call) is not { } window || !ZohoV1Rows.Columns(call, out var columns))
        {
            return ZohoV1Json.InvalidParameter(request);
        }

        ZohoCriterion criterion;
        try
        {
            var labels = data.Labels(call.Module);
            criterion = ZohoCriterion.Parse(text, labels.Contains);
        }
        catch (ZohoCriteriaException e)
        {
            return ZohoV1Json.BadSearch(request, e.Message);
        }

        return Window(call, data[call.Module].Snapshot().Where(criterion.Matches), window, columns);
    }

    private static async Task<IResult> GetRecordByIdAsync(HttpRequest request, string module, ZohoAuthTokenStore tokens, ZohoUserDirectory users, ZohoData data)
    {
        var (call, error) = await ZohoV1Request.ReadAsync(request, module, tokens, users);
        if (call is null)
        {
            return error!;
        }

        var ids = call.Get("id") is { } id ? [id] : call.Get("idlist")?.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [];
        if (ids.Length == 0)
        {
            return ZohoV1Json.MissingParameter(request, "id");
        }

        if (ids.Length > MaxIds || !ZohoV1Rows.Columns(call, out var columns))
        {
            return ZohoV1Json.InvalidParameter(request);
        }

        var store = data[call.Module];
        var found = ids.Select(store.Find).OfType<ZohoRecord>().ToList();
        // REVIEW: [M] an idlist with some unknown ids returns the known ones; 4103 only when none is known.
        return found.Count == 0
            ? ZohoV1Json.NoSuchRecord(request, string.Join(",", ids))
            : ZohoV1Json.Result(request, ZohoV1Rows.Render(call, found, columns));
    }

    private static IResult Window(ZohoV1Request call, IEnumerable<ZohoRecord> records, (int From, int To) window, HashSet<string>? columns)
    {
        var rows = records.Skip(window.From - 1).Take(window.To - window.From + 1).ToList();
        return rows.Count == 0
            ? ZohoV1Json.NoData(call.Http)
            : ZohoV1Json.Result(call.Http, ZohoV1Rows.Render(call, rows, columns));
    }

    /// <summary>
    /// Numbers by value, text ignoring case, empty fields last either way; ties keep creation order (a stable
    /// sort), so windows over a sorted list never skip or repeat a record.
    /// </summary>
    // REVIEW: [M] v1's order without sortColumnString is taken to be creation order, and empty values sorting last.
    private static IEnumerable<ZohoRecord> Sort(IEnumerable<ZohoRecord> records, string label, bool numeric, bool descending)
    {
        var present = records.Where(r => r[label].Length > 0);
        var empty = records.Where(r => r[label].Length == 0);
        IOrderedEnumerable<ZohoRecord> sorted = numeric
            ? descending ? present.OrderByDescending(r => Number(r[label])) : present.OrderBy(r => Number(r[label]))
            : descending ? present.OrderByDescending(r => r[label], StringComparer.OrdinalIgnoreCase) : present.OrderBy(r => r[label], StringComparer.OrdinalIgnoreCase);
        return sorted.Concat(empty);
    }

    private static decimal Number(string text) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? n : 0;
}

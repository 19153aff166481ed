using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpenElements.Simulators.Hosting;

namespace OpenElements.Simulators.Zoho;

/// <summary>
/// v1 writes on crm.zoho.com: <c>insertRecords</c> and <c>updateRecords?id=</c> with <c>xmlData</c> (form or
/// query), <c>deleteRecords?id=</c>. Labels the layout does not have and system fields (ids, owner, times) are
/// ignored; numbers must be numbers (4832); mandatory fields must not be empty (4401).
/// </summary>
internal static class ZohoV1WriteApi
{
    public static IEndpointRouteBuilder MapZohoV1Writes(this IEndpointRouteBuilder crm)
    {
        crm.MapPost("/crm/private/json/{module}/insertRecords", InsertAsync).CountsAs(RequestKind.Create);
        crm.MapPost("/crm/private/json/{module}/updateRecords", UpdateAsync).CountsAs(RequestKind.Update);
        // REVIEW: [M] the docs show deleteRecords as a URL; GET and POST are both taken.
        crm.MapMethods("/crm/private/json/{module}/deleteRecords", [HttpMethods.Get, HttpMethods.Post], DeleteAsync).CountsAs(RequestKind.Delete);
        return crm;
    }

    private static async Task<IResult> InsertAsync(HttpRequest request, string module, ZohoAuthTokenStore tokens, ZohoUserDirectory users,
        ZohoData data, TimeProvider time)
    {
        var (call, error) = await ZohoV1Request.ReadAsync(request, module, tokens, users);
        if (call is null)
        {
            return error!;
        }

        var (rows, refusal) = Rows(call, data);
        if (rows is null)
        {
            return refusal!;
        }

        if (rows.Any(row => call.Module.Mandatory.Any(label => !row.Any(f => f.Key == label && f.Value.Trim().Length > 0))))
        {
            return ZohoV1Json.MandatoryMissing(request);
        }

        var now = ZohoRecord.Time(time.GetUtcNow());
        var store = data[call.Module];
        // Every field of the layout, empty unless the row sets it, so new records list the labels seeded ones do.
        var blank = data.Layout(call.Module).Where(l => !call.Module.IsSystem(l) && l != call.Module.OwnerLabel)
            .Select(l => KeyValuePair.Create(l, "")).ToList();
        var created = rows.Select(row => store.Add(id => ZohoSeed.New(call.Module, id, blank, now, now).With(Linked(call.Module, row, data)))).ToList();
        return ZohoV1Json.Result(request, Detail("Record(s) added successfully", call.Module, created));
    }

    private static async Task<IResult> UpdateAsync(HttpRequest request, string module, ZohoAuthTokenStore tokens, ZohoUserDirectory users,
        ZohoData data, TimeProvider time)
    {
        var (call, error) = await ZohoV1Request.ReadAsync(request, module, tokens, users);
        if (call is null)
        {
            return error!;
        }

        if (call.Get("id") is not { } id)
        {
            return ZohoV1Json.MissingParameter(request, "id");
        }

        var (rows, refusal) = Rows(call, data);
        if (rows is null)
        {
            return refusal!;
        }

        // An update may leave a mandatory field out, but not empty it.
        var row = rows[0];
        if (row.Any(f => call.Module.Mandatory.Contains(f.Key, StringComparer.Ordinal) && f.Value.Trim().Length == 0))
        {
            return ZohoV1Json.MandatoryMissing(request);
        }

        var now = ZohoRecord.Time(time.GetUtcNow());
        var updated = data[call.Module].Update(id, current => current.With([.. Linked(call.Module, row, data), new("Modified Time", now)]));
        return updated is null
            ? ZohoV1Json.NoSuchRecord(request, id)
            : ZohoV1Json.Result(request, Detail("Record(s) updated successfully", call.Module, [updated]));
    }

    private static async Task<IResult> DeleteAsync(HttpRequest request, string module, ZohoAuthTokenStore tokens, ZohoUserDirectory users, ZohoData data)
    {
        var (call, error) = await ZohoV1Request.ReadAsync(request, module, tokens, users);
        if (call is null)
        {
            return error!;
        }

        if (call.Get("id") is not { } id)
        {
            return ZohoV1Json.MissingParameter(request, "id");
        }

        // REVIEW: [M] the body of a successful delete; code 5000 and this message are as seen in v1 client logs.
        return data[call.Module].Remove(id)
            ? ZohoV1Json.Result(request, new JsonObject { ["code"] = "5000", ["message"] = $"Record Id(s) : {id},Record(s) deleted successfully" })
            : ZohoV1Json.NoSuchRecord(request, id);
    }

    /// <summary>The xmlData rows cut to the layout's writable labels, or the error to answer.</summary>
    private static (List<List<KeyValuePair<string, string>>>? Rows, IResult? Error) Rows(ZohoV1Request call, ZohoData data)
    {
        if (call.Get("xmlData") is not { } xml)
        {
            return (null, ZohoV1Json.MissingParameter(call.Http, "xmlData"));
        }

        if (ZohoXmlData.Parse(xml, call.Module) is not { } rows)
        {
            return (null, ZohoV1Json.BadXml(call.Http));
        }

        var labels = data.Labels(call.Module);
        // REVIEW: [M] v1 ignored labels it did not know; custom fields made that common.
        var writable = rows.Select(row => row.Where(f => labels.Contains(f.Key) && !call.Module.IsSystem(f.Key) && f.Key != call.Module.OwnerLabel).ToList()).ToList();
        foreach (var (label, value) in writable.SelectMany(r => r))
        {
            if (call.Module.Numbers.Contains(label, StringComparer.Ordinal) && value.Trim().Length > 0
                && !decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out _))
            {
                return (null, ZohoV1Json.TextForNumber(call.Http, label));
            }
        }

        return (writable, null);
    }

    /// <summary>
    /// An Account Name on a contact or potential links the account of that name (v1 looked lookups up by name);
    /// a name no account has leaves the link empty. An ACCOUNTID alone brings its account's name along.
    /// </summary>
    // REVIEW: [M] v1 could also create the account; the simulator does not.
    private static List<KeyValuePair<string, string>> Linked(ZohoModule module, List<KeyValuePair<string, string>> row, ZohoData data)
    {
        var fields = row.ToList();
        if (module != ZohoModule.Accounts && row.FirstOrDefault(f => f.Key == "Account Name") is { Key: not null } name)
        {
            var account = name.Value.Length == 0 ? null : data[ZohoModule.Accounts].Snapshot()
                .FirstOrDefault(a => string.Equals(a["Account Name"], name.Value, StringComparison.OrdinalIgnoreCase));
            fields.Add(new("ACCOUNTID", account?[ZohoModule.Accounts.IdLabel] ?? ""));
        }
        else if (module != ZohoModule.Accounts && row.FirstOrDefault(f => f.Key == "ACCOUNTID") is { Key: not null } id)
        {
            fields.Add(new("Account Name", data[ZohoModule.Accounts].Find(id.Value)?["Account Name"] ?? ""));
        }

        return fields;
    }

    /// <summary>
    /// <c>{"message":…,"recorddetail":{"FL":[Id, Created Time, Modified Time, Created By, Modified By]}}</c>.
    /// </summary>
    // REVIEW: [M] the exact recorddetail labels; Id, Created Time and Modified Time are in every captured answer.
    private static JsonObject Detail(string message, ZohoModule module, IReadOnlyList<ZohoRecord> records) => new()
    {
        ["message"] = message,
        ["recorddetail"] = ZohoV1Json.OneOrMany([.. records.Select(r => (JsonNode)new JsonObject
        {
            ["FL"] = new JsonArray(
                Fl("Id", r[module.IdLabel]), Fl("Created Time", r["Created Time"]), Fl("Modified Time", r["Modified Time"]),
                Fl("Created By", r["Created By"]), Fl("Modified By", r["Modified By"])),
        })]),
    };

    private static JsonObject Fl(string label, string content) => new() { ["val"] = label, ["content"] = content };
}

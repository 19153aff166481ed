namespace OpenElements.Simulators.Zoho;

/// <summary>
/// A v1 CRM module the simulator serves: its record id label (v1 records use display labels, ids in
/// upper case), the labels an insert must carry (4401), and the labels that hold numbers (4832).
/// </summary>
public sealed record ZohoModule(string Name, string IdLabel, string OwnerLabel, string[] Mandatory, string[] Numbers)
{
    /// <summary>Labels the server sets and a write cannot change.</summary>
    public static readonly string[] SystemLabels = ["SMOWNERID", "SMCREATORID", "MODIFIEDBY", "Created By", "Modified By", "Created Time", "Modified Time"];

    public static readonly ZohoModule Accounts = new("Accounts", "ACCOUNTID", "Account Owner", ["Account Name"], ["Employees", "Annual Revenue"]);

    public static readonly ZohoModule Contacts = new("Contacts", "CONTACTID", "Contact Owner", ["Last Name"], []);

    public static readonly ZohoModule Leads = new("Leads", "LEADID", "Lead Owner", ["Last Name"], ["No of Employees", "Annual Revenue"]);

    // REVIEW: [M] Potentials' mandatory set: Potential Name, Stage and Closing Date are mandatory in
    // Zoho's stock layout; Account Name was optional through the API.
    public static readonly ZohoModule Potentials = new("Potentials", "POTENTIALID", "Potential Owner",
        ["Potential Name", "Stage", "Closing Date"], ["Amount", "Probability"]);

    public static readonly IReadOnlyDictionary<string, ZohoModule> All =
        new[] { Accounts, Contacts, Leads, Potentials }.ToDictionary(m => m.Name, StringComparer.Ordinal);

    public bool IsSystem(string label) => label == IdLabel || SystemLabels.Contains(label, StringComparer.Ordinal);
}

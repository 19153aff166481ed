namespace OpenElements.Simulators.SugarCrm;

/// <summary>How a field's values compare and how writes are normalised.</summary>
internal enum SugarFieldType
{
    Text,
    DateTime,
    Date,
    Int,

    /// <summary>Sugar returns currency amounts as strings with six decimals, e.g. "25000.000000".</summary>
    Currency,
    Bool,

    /// <summary>The <c>email</c> array; filters match any of its addresses.</summary>
    Email,

    /// <summary>Objects such as <c>_acl</c>: returned, never filtered or written.</summary>
    Meta,
}

/// <summary>A module the simulator serves: its fields (vendors.md 5.2) and the one field Sugar requires on save.</summary>
internal sealed class SugarModule
{
    private static readonly (string, SugarFieldType)[] Common =
    [
        ("id", SugarFieldType.Text), ("name", SugarFieldType.Text),
        ("date_entered", SugarFieldType.DateTime), ("date_modified", SugarFieldType.DateTime),
        ("modified_user_id", SugarFieldType.Text), ("modified_by_name", SugarFieldType.Text),
        ("created_by", SugarFieldType.Text), ("created_by_name", SugarFieldType.Text),
        ("description", SugarFieldType.Text), ("deleted", SugarFieldType.Bool),
        ("assigned_user_id", SugarFieldType.Text), ("assigned_user_name", SugarFieldType.Text),
    ];

    private static readonly (string, SugarFieldType)[] Person =
    [
        ("salutation", SugarFieldType.Text), ("first_name", SugarFieldType.Text), ("last_name", SugarFieldType.Text),
        ("title", SugarFieldType.Text), ("department", SugarFieldType.Text),
        ("phone_work", SugarFieldType.Text), ("phone_mobile", SugarFieldType.Text),
        ("email", SugarFieldType.Email), ("email1", SugarFieldType.Text),
        ("primary_address_street", SugarFieldType.Text), ("primary_address_city", SugarFieldType.Text),
        ("primary_address_state", SugarFieldType.Text), ("primary_address_postalcode", SugarFieldType.Text),
        ("primary_address_country", SugarFieldType.Text), ("lead_source", SugarFieldType.Text),
        ("do_not_call", SugarFieldType.Bool), ("account_name", SugarFieldType.Text),
    ];

    public static readonly SugarModule Accounts = new("Accounts", 1, isPerson: false, "name",
    [
        ("account_type", SugarFieldType.Text), ("industry", SugarFieldType.Text), ("annual_revenue", SugarFieldType.Text),
        ("employees", SugarFieldType.Text), ("phone_office", SugarFieldType.Text), ("phone_fax", SugarFieldType.Text),
        ("website", SugarFieldType.Text), ("email", SugarFieldType.Email), ("email1", SugarFieldType.Text),
        ("billing_address_street", SugarFieldType.Text), ("billing_address_city", SugarFieldType.Text),
        ("billing_address_state", SugarFieldType.Text), ("billing_address_postalcode", SugarFieldType.Text),
        ("billing_address_country", SugarFieldType.Text),
        ("shipping_address_street", SugarFieldType.Text), ("shipping_address_city", SugarFieldType.Text),
        ("shipping_address_state", SugarFieldType.Text), ("shipping_address_postalcode", SugarFieldType.Text),
        ("shipping_address_country", SugarFieldType.Text),
    ]);

    public static readonly SugarModule Contacts = new("Contacts", 2, isPerson: true, "last_name",
        [.. Person, ("account_id", SugarFieldType.Text), ("birthdate", SugarFieldType.Date)]);

    public static readonly SugarModule Leads = new("Leads", 3, isPerson: true, "last_name",
        [.. Person, ("status", SugarFieldType.Text), ("website", SugarFieldType.Text), ("converted", SugarFieldType.Bool)]);

    public static readonly SugarModule Opportunities = new("Opportunities", 4, isPerson: false, "name",
    [
        ("amount", SugarFieldType.Currency), ("amount_usdollar", SugarFieldType.Currency), ("currency_id", SugarFieldType.Text),
        ("sales_stage", SugarFieldType.Text), ("probability", SugarFieldType.Int), ("date_closed", SugarFieldType.Date),
        ("opportunity_type", SugarFieldType.Text), ("lead_source", SugarFieldType.Text), ("next_step", SugarFieldType.Text),
        ("account_id", SugarFieldType.Text), ("account_name", SugarFieldType.Text),
    ]);

    // REVIEW: [M] Sugar also requires account_name on Cases in its stock vardefs; only name is enforced.
    public static readonly SugarModule Cases = new("Cases", 5, isPerson: false, "name",
    [
        ("case_number", SugarFieldType.Int), ("type", SugarFieldType.Text), ("status", SugarFieldType.Text),
        ("priority", SugarFieldType.Text), ("state", SugarFieldType.Text), ("resolution", SugarFieldType.Text),
        ("account_id", SugarFieldType.Text), ("account_name", SugarFieldType.Text),
    ]);

    /// <summary>Module names are case-sensitive, as the keys of Sugar's beanList are.</summary>
    public static readonly IReadOnlyDictionary<string, SugarModule> All =
        new[] { Accounts, Contacts, Leads, Opportunities, Cases }.ToDictionary(m => m.Name, StringComparer.Ordinal);

    private readonly Dictionary<string, SugarFieldType> _fields;

    private SugarModule(string name, int ordinal, bool isPerson, string requiredField, (string, SugarFieldType)[] own)
    {
        Name = name;
        Ordinal = ordinal;
        IsPerson = isPerson;
        RequiredField = requiredField;
        _fields = Common.Concat(own).Append(("_acl", SugarFieldType.Meta)).Append(("_module", SugarFieldType.Meta))
            .ToDictionary(f => f.Item1, f => f.Item2, StringComparer.Ordinal);
        FieldNames = [.. _fields.Keys];
    }

    public string Name { get; }

    /// <summary>A fixed number per module, so each draws its seed data from its own random stream.</summary>
    public int Ordinal { get; }

    /// <summary>People (Contacts, Leads) have a <c>name</c> computed from first and last name.</summary>
    public bool IsPerson { get; }

    public string RequiredField { get; }

    /// <summary>Every field, in the order records carry them.</summary>
    public IReadOnlyList<string> FieldNames { get; }

    public bool TryGetField(string name, out SugarFieldType type) => _fields.TryGetValue(name, out type);

    public override string ToString() => Name;
}

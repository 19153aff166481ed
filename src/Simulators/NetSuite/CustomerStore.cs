using System.Collections.Concurrent;

namespace OpenElements.Simulators.NetSuite;

/// <summary>A customer record as the REST record API returns it (the fields the simulator keeps).</summary>
public sealed record Customer(
    int Id,
    string EntityId,
    string CompanyName,
    string Email,
    string Phone,
    bool IsInactive,
    DateTimeOffset DateCreated,
    DateTimeOffset LastModifiedDate,
    string EntityStatusId,
    string EntityStatusName);

/// <summary>
/// The account's customers, deterministic so tests can assert on them. Kept apart from the HTTP layer:
/// the data APIs will grow it (more records, more objects, writes) without touching the endpoints.
/// </summary>
public sealed class CustomerStore
{
    private readonly ConcurrentDictionary<int, Customer> _customers = new();

    public CustomerStore()
    {
        // Internal ids start at 107 like the Oracle samples; dates step by whole days from a fixed origin.
        var origin = new DateTimeOffset(2024, 1, 15, 10, 30, 0, TimeSpan.Zero);
        string[] companies = ["Acme Corporation", "Globex Inc.", "Initech LLC", "Umbrella Holdings", "Stark Industrial", "Wayne Logistics"];
        for (var i = 0; i < companies.Length; i++)
        {
            var id = 107 + i;
            var domain = companies[i].Split(' ')[0].ToLowerInvariant();
            var closedWon = i % 3 != 2;
            _customers[id] = new Customer(
                id,
                $"CUST{id:000000}",
                companies[i],
                $"ap@{domain}.example",
                $"555-01{i:00}",
                IsInactive: i == 5,
                origin.AddDays(i * 7),
                origin.AddDays(i * 7 + 30).AddHours(i),
                closedWon ? "13" : "6",
                closedWon ? "CUSTOMER-Closed Won" : "LEAD-Unqualified");
        }
    }

    public int Count => _customers.Count;

    /// <summary>A page in internal-id order, which is the order NetSuite lists a collection in.</summary>
    public IReadOnlyList<Customer> Page(int offset, int limit) =>
        _customers.Values.OrderBy(c => c.Id).Skip(offset).Take(limit).ToList();

    public Customer? Find(int id) => _customers.GetValueOrDefault(id);
}

namespace OpenElements.LoadGen;

/// <summary><c>--name value</c> pairs; a name given twice keeps every value (for <c>--cpu</c>).</summary>
public sealed class CommandLine
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.Ordinal);

    public static CommandLine Parse(IEnumerable<string> args)
    {
        var line = new CommandLine();
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var name = e.Current.StartsWith("--", StringComparison.Ordinal) ? e.Current[2..] : throw new ArgumentException($"Expected --name, got '{e.Current}'.");
            var value = e.MoveNext() ? e.Current : throw new ArgumentException($"--{name} needs a value.");
            if (!line._values.TryGetValue(name, out var list))
            {
                line._values[name] = list = [];
            }

            list.Add(value);
        }

        return line;
    }

    public string? Get(string name) => _values.TryGetValue(name, out var list) ? list[^1] : null;

    public string Required(string name) => Get(name) ?? throw new ArgumentException($"--{name} is required.");

    public IReadOnlyList<string> All(string name) => _values.TryGetValue(name, out var list) ? list : [];

    public double Number(string name, double fallback) =>
        Get(name) is { } text
            ? double.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var value) && value >= 0 ? value : throw new ArgumentException($"--{name} must be a number ≥ 0.")
            : fallback;
}

namespace OpenElements.Server.Elements;

/// <summary>Catalog rules a JSON schema cannot express; a violation names the file and the rule.</summary>
public static class ElementValidation
{
    private static readonly HashSet<string> Types =
        ["TEXTFIELD_32", "TEXTFIELD_64", "TEXTFIELD_128", "TEXTFIELD_1000", "TEXTAREA", "PASSWORD", "BOOLEAN", "BOOLEAN_YESNO", "SELECTION", "CODE_EDITOR"];

    public static void Validate(ElementDefinition element, string file)
    {
        var problems = new List<string>();
        if (element.Element["key"]?.GetValue<string>() != element.Key)
        {
            problems.Add("element.key must equal key");
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in element.Configuration)
        {
            if (!keys.Add(entry.Key))
            {
                problems.Add($"configuration key '{entry.Key}' appears twice");
            }

            if (!Types.Contains(entry.Type))
            {
                problems.Add($"'{entry.Key}' has unknown type '{entry.Type}'");
            }

            if (entry.Type == "PASSWORD" && !entry.Secret)
            {
                problems.Add($"'{entry.Key}' is a PASSWORD but not secret");
            }

            foreach (var auth in entry.AuthTypes ?? [])
            {
                if (element.FindAuthType(auth, out _) is null)
                {
                    problems.Add($"'{entry.Key}' names unknown auth type '{auth}'");
                }
            }
        }

        if (element.FindAuthType(element.DefaultAuthType, out _) is null)
        {
            problems.Add($"defaultAuthType '{element.DefaultAuthType}' is not among authTypes");
        }

        foreach (var (name, auth) in element.AuthTypes)
        {
            foreach (var (role, key) in auth.Roles)
            {
                if (!keys.Contains(key))
                {
                    problems.Add($"auth type '{name}' maps role '{role}' to '{key}', which is not a configuration key");
                }
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException($"Catalog file {file} is invalid: {string.Join("; ", problems)}.");
        }
    }
}

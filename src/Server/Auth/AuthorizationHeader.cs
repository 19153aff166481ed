namespace OpenElements.Server.Auth;

/// <summary>
/// The platform's Authorization header: comma-separated <c>Name value</c> parts in any order, e.g.
/// <c>User u, Organization o, Element t</c>. Spaces are optional and <c>Element: t</c> (a colon, as the
/// PyPI SDK sends it) is accepted. Names are case-insensitive.
/// </summary>
public sealed record AuthorizationHeader(string? User, string? Organization, string? Element)
{
    public static AuthorizationHeader Parse(string? header)
    {
        string? user = null, organization = null, element = null;
        if (string.IsNullOrWhiteSpace(header))
        {
            return new(null, null, null);
        }

        foreach (var rawPart in header.Split(','))
        {
            var part = rawPart.Trim();
            var (name, value) = Split(part);
            if (value.Length == 0)
            {
                continue;
            }

            if (name.Equals("User", StringComparison.OrdinalIgnoreCase))
            {
                user = value;
            }
            else if (name.Equals("Organization", StringComparison.OrdinalIgnoreCase))
            {
                organization = value;
            }
            else if (name.Equals("Element", StringComparison.OrdinalIgnoreCase))
            {
                element = value;
            }
        }

        return new(user, organization, element);
    }

    private static (string Name, string Value) Split(string part)
    {
        // Names are letters only, so the first space or colon ends the name; the value is the rest
        // (tokens are base64 and may contain '/', '+' and '=').
        var end = 0;
        while (end < part.Length && char.IsAsciiLetter(part[end]))
        {
            end++;
        }

        var name = part[..end];
        var rest = part[end..].TrimStart();
        if (rest.StartsWith(':'))
        {
            rest = rest[1..].TrimStart();
        }

        return (name, rest.Trim());
    }
}

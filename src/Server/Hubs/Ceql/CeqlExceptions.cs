namespace OpenElements.Server.Hubs.Ceql;

/// <summary>Anything wrong with a CEQL query that the caller must fix; the hub API answers it with a 400.</summary>
public abstract class CeqlException(string message) : Exception(message);

/// <summary>The text is not CEQL. The message names the 1-based <see cref="Position"/> and what was expected there.</summary>
public sealed class CeqlParseException(string message, int position) : CeqlException(message)
{
    public int Position { get; } = position;
}

/// <summary>
/// Valid CEQL that <see cref="Vendor"/>'s native filter cannot say (or a field the map does not
/// know, or a value of the wrong type for the field). Translators throw this instead of dropping a
/// condition, because a dropped condition returns more records than asked for and nobody notices.
/// </summary>
public sealed class CeqlUnsupportedException(string vendor, string message) : CeqlException(message)
{
    public string Vendor { get; } = vendor;
}

namespace OpenElements.Simulators.ConnectWise;

/// <summary>
/// A <c>conditions</c>, <c>orderBy</c> or <c>fields</c> value ConnectWise refuses with 400;
/// <see cref="Code"/> is the body's code.
/// </summary>
internal sealed class ConditionsException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;

    /// <summary>Text that does not parse.</summary>
    public static ConditionsException Syntax(string message) => new("BadRequest", message);

    /// <summary>A field the entity does not have.</summary>
    public static ConditionsException UnknownField(string path) => new("InvalidObject", $"Cannot find field '{path}'.");
}

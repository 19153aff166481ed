namespace OpenElements.Simulators.SugarCrm;

/// <summary>A list request Sugar refuses with 422 <c>invalid_parameter</c> (FilterApi's SugarApiExceptionInvalidParameter).</summary>
internal sealed class SugarFilterException(string message) : Exception(message);

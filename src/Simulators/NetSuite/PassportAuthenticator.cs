using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;

namespace OpenElements.Simulators.NetSuite;

/// <summary>
/// Checks a user-credentials Passport (email, password, account, role) and the applicationInfo header
/// that must come with it (vendors.md 1.2.3). Throws the fault NetSuite sends; returns the role used.
/// </summary>
public sealed class PassportAuthenticator(NetSuiteSandbox sandbox, NetSuiteSimulatorOptions options)
{
    public NetSuiteRole Authenticate(XElement passport, string? applicationId)
    {
        var email = SoapXml.Value(passport, "email");
        var password = SoapXml.Child(passport, "password")?.Value; // passwords may carry spaces: not trimmed
        var account = SoapXml.Value(passport, "account");
        var roleId = (string?)SoapXml.Child(passport, "role")?.Attribute("internalId");

        if (account is null || !string.Equals(account, sandbox.Realm, StringComparison.OrdinalIgnoreCase))
        {
            throw new SoapFaultException(options.InvalidAccountFault);
        }

        var user = sandbox.User;
        // Email compared without case, as NetSuite logins are; the password compared in constant time.
        if (email is null || password is null
            || !string.Equals(email, user.Email, StringComparison.OrdinalIgnoreCase)
            || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(password), Encoding.UTF8.GetBytes(user.Password)))
        {
            throw new SoapFaultException(SoapFaults.InvalidCredentials);
        }

        // Checked after the password so that a caller without the password learns nothing about app ids.
        if (string.IsNullOrWhiteSpace(applicationId)
            || !user.ApplicationIds.Contains(applicationId.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            throw new SoapFaultException(options.InvalidApplicationIdFault);
        }

        // No role → the user's default role (documented behaviour).
        var role = string.IsNullOrWhiteSpace(roleId)
            ? user.Roles.First(r => r.IsDefault)
            : user.Roles.FirstOrDefault(r => r.InternalId == roleId.Trim())
              ?? throw new SoapFaultException(options.InvalidRoleFault);

        return role.WebServices ? role : throw new SoapFaultException(SoapFaults.NoWebServicesPermission);
    }
}

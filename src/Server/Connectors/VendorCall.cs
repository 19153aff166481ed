using System.Net.Sockets;
using Polly.Timeout;

namespace OpenElements.Server.Connectors;

/// <summary>Sends a vendor request and turns transport failures into <see cref="VendorUnreachableException"/>.</summary>
public static class VendorCall
{
    public static async Task<HttpResponseMessage> SendAsync(HttpClient http, HttpRequestMessage request, CancellationToken ct)
    {
        var host = request.RequestUri?.Host ?? http.BaseAddress?.Host ?? "(unknown)";
        try
        {
            return await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
        }
        catch (HttpRequestException e) when (e.HttpRequestError == HttpRequestError.NameResolutionError
                                              || e.InnerException is SocketException { SocketErrorCode: SocketError.HostNotFound or SocketError.NoData })
        {
            throw new VendorUnreachableException(host, UnreachableKind.UnknownHost, e);
        }
        catch (HttpRequestException e)
        {
            throw new VendorUnreachableException(host, UnreachableKind.ConnectionFailed, e);
        }
        catch (Polly.CircuitBreaker.BrokenCircuitException e)
        {
            throw new VendorUnreachableException(host, UnreachableKind.CircuitOpen, e);
        }
        catch (TimeoutRejectedException e)
        {
            throw new VendorUnreachableException(host, UnreachableKind.Timeout, e);
        }
        catch (TaskCanceledException e) when (!ct.IsCancellationRequested)
        {
            // HttpClient.Timeout surfaces as a cancellation nobody asked for.
            throw new VendorUnreachableException(host, UnreachableKind.Timeout, e);
        }
    }
}

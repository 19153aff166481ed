using Microsoft.AspNetCore.Builder;

namespace OpenElements.Simulators.Hosting;

/// <summary>What a simulator route does; request counters are kept per kind.</summary>
public enum RequestKind
{
    /// <summary>Anything not named below (ping, me, logout, system info).</summary>
    Other,
    List,
    Count,
    Read,
    Create,
    Update,
    Delete,

    /// <summary>A token endpoint; faults skip it unless the simulator's <see cref="SimulatorFaults"/> say otherwise.</summary>
    Token,
}

/// <summary>Endpoint metadata naming a route's <see cref="RequestKind"/>; a route without it counts as <see cref="RequestKind.Other"/>.</summary>
public sealed record RouteKind(RequestKind Kind);

public static class RouteKindExtensions
{
    public static TBuilder CountsAs<TBuilder>(this TBuilder builder, RequestKind kind) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new RouteKind(kind));
}

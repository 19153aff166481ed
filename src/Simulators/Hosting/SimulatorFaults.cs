using Microsoft.AspNetCore.Http;

namespace OpenElements.Simulators.Hosting;

/// <summary>How many data requests a simulator saw, and how many of them a fault answered.</summary>
public readonly record struct FaultCounts(int Requests, int RateLimited, int ServerErrors, int ConcurrencyRejected);

/// <summary>What a vendor sends for each fault; the switches are shared, the wire shapes are not.</summary>
internal interface IFaultReplies
{
    IResult RateLimited(HttpContext http, int retryAfterSeconds);

    IResult ServerError(HttpContext http, int status);

    IResult ConcurrencyLimited(HttpContext http, int retryAfterSeconds);
}

/// <summary>
/// Fault switches for one simulator's data routes, flipped by tests on the live singleton (each vendor
/// registers its own subclass, so switching one simulator never touches another). Every switch is
/// thread-safe; <see cref="Reset"/> turns them all off and zeroes the counters.
/// </summary>
public abstract class SimulatorFaults(TimeProvider time)
{
    private readonly Lock _gate = new();
    private int _rateLimitLeft;
    private DateTimeOffset _rateLimitUntil;
    private int _retryAfterSeconds = 1;
    private int _failuresLeft;
    private int _failureStatus = StatusCodes.Status503ServiceUnavailable;
    private int _inFlight;
    private int _requests;
    private int _rateLimited;
    private int _serverErrors;
    private int _concurrencyRejected;

    /// <summary>Delay before each data response is produced. Default zero.</summary>
    public TimeSpan ResponseDelay { get; set; }

    /// <summary>Simultaneous in-flight data requests allowed; one more is refused with 429. Default 0, no limit.</summary>
    public int MaxConcurrentRequests { get; set; }

    /// <summary>The <c>Retry-After</c> seconds of a concurrency refusal. Default 1.</summary>
    public int ConcurrencyRetryAfterSeconds { get; set; } = 1;

    /// <summary>Data requests being handled right now (a test can wait for a slow one to be inside).</summary>
    public int InFlight => Volatile.Read(ref _inFlight);

    /// <summary>Data requests seen so far (faulted ones included) and what the faults did to them.</summary>
    public FaultCounts Counts => new(Volatile.Read(ref _requests), Volatile.Read(ref _rateLimited),
        Volatile.Read(ref _serverErrors), Volatile.Read(ref _concurrencyRejected));

    /// <summary>The next <paramref name="count"/> data requests answer 429 with <c>Retry-After</c>.</summary>
    public void RateLimitNext(int count, int retryAfterSeconds = 1)
    {
        lock (_gate)
        {
            _rateLimitLeft = count;
            _retryAfterSeconds = retryAfterSeconds;
        }
    }

    /// <summary>Every data request answers 429 until <paramref name="duration"/> has passed on the simulator's clock.</summary>
    public void RateLimitFor(TimeSpan duration, int retryAfterSeconds = 1)
    {
        lock (_gate)
        {
            _rateLimitUntil = time.GetUtcNow() + duration;
            _retryAfterSeconds = retryAfterSeconds;
        }
    }

    /// <summary>The next <paramref name="count"/> data requests answer <paramref name="status"/> (500 or 503).</summary>
    public void FailNext(int count, int status = StatusCodes.Status503ServiceUnavailable)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(status, 500);
        lock (_gate)
        {
            _failuresLeft = count;
            _failureStatus = status;
        }
    }

    /// <summary>All faults off, counters at zero.</summary>
    public void Reset()
    {
        lock (_gate)
        {
            _rateLimitLeft = _failuresLeft = 0;
            _rateLimitUntil = default;
            ResponseDelay = TimeSpan.Zero;
            MaxConcurrentRequests = 0;
            _requests = _rateLimited = _serverErrors = _concurrencyRejected = 0;
        }
    }

    /// <summary>
    /// Runs one data request through the switches: count it, hold the concurrency slot for its whole
    /// life (delay included, so a slow response can provoke the limit), then rate limit, 5xx, or pass.
    /// </summary>
    internal async ValueTask<object?> InvokeAsync(HttpContext http, IFaultReplies replies, Func<ValueTask<object?>> next)
    {
        Interlocked.Increment(ref _requests);
        if (!TryEnter(MaxConcurrentRequests))
        {
            Interlocked.Increment(ref _concurrencyRejected);
            return replies.ConcurrencyLimited(http, ConcurrencyRetryAfterSeconds);
        }

        try
        {
            if (ResponseDelay > TimeSpan.Zero)
            {
                await Task.Delay(ResponseDelay, time, http.RequestAborted);
            }

            switch (Decide())
            {
                case (StatusCodes.Status429TooManyRequests, var retryAfter):
                    Interlocked.Increment(ref _rateLimited);
                    return replies.RateLimited(http, retryAfter);
                case (>= 500 and var status, _):
                    Interlocked.Increment(ref _serverErrors);
                    return replies.ServerError(http, status);
                default:
                    return await next();
            }
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    // Takes a slot only when one is free, so a refused request never holds one, even briefly.
    private bool TryEnter(int limit)
    {
        while (true)
        {
            var current = Volatile.Read(ref _inFlight);
            if (limit > 0 && current >= limit)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _inFlight, current + 1, current) == current)
            {
                return true;
            }
        }
    }

    // A rate limit wins over a 5xx burst when both are armed: the throttle sits in front of the app.
    private (int Status, int RetryAfter) Decide()
    {
        lock (_gate)
        {
            if (_rateLimitLeft > 0 || time.GetUtcNow() < _rateLimitUntil)
            {
                _rateLimitLeft = Math.Max(0, _rateLimitLeft - 1);
                return (StatusCodes.Status429TooManyRequests, _retryAfterSeconds);
            }

            if (_failuresLeft > 0)
            {
                _failuresLeft--;
                return (_failureStatus, 0);
            }

            return (0, 0);
        }
    }
}

using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace OpenElements.Simulators.Hosting;

/// <summary>How many requests a simulator saw (every kind, faulted ones included) and how many of them a fault answered.</summary>
public readonly record struct FaultCounts(int Requests, int RateLimited, int ServerErrors, int ConcurrencyRejected);

/// <summary>
/// Fault switches and request counters for one simulator, flipped by tests on the live singleton (each
/// vendor registers its own subclass, so switching one simulator never touches another). The vendor's
/// <see cref="FaultFilter"/> runs each request through them. Every member is thread-safe; <see cref="Reset"/>
/// turns every switch off and zeroes the counters.
/// </summary>
public abstract class SimulatorFaults(TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly int[] _seen = new int[Enum.GetValues<RequestKind>().Length];
    private int _rateLimitLeft;
    private int _rateLimitRetryAfter = 1;
    private DateTimeOffset _rateLimitUntil;
    private int? _windowRetryAfter;
    private int _failuresLeft;
    private int _failureStatus = StatusCodes.Status503ServiceUnavailable;
    private long _delayTicks;
    private int _maxConcurrent;
    private int _concurrencyRetryAfter = 1;
    private int _inFlight;
    private int _rateLimited;
    private int _serverErrors;
    private int _concurrencyRejected;

    /// <summary>How long every faultable response is held back, on the wall clock. Default zero.</summary>
    public TimeSpan ResponseDelay
    {
        get => TimeSpan.FromTicks(Volatile.Read(ref _delayTicks));
        set => Volatile.Write(ref _delayTicks, value.Ticks);
    }

    /// <summary>Simultaneous in-flight faultable requests allowed; one more is refused with 429. Default 0, no limit.</summary>
    public int MaxConcurrentRequests
    {
        get => Volatile.Read(ref _maxConcurrent);
        set => Volatile.Write(ref _maxConcurrent, value);
    }

    /// <summary>The <c>Retry-After</c> seconds of a concurrency refusal. Default 1.</summary>
    public int ConcurrencyRetryAfterSeconds
    {
        get => Volatile.Read(ref _concurrencyRetryAfter);
        set => Volatile.Write(ref _concurrencyRetryAfter, value);
    }

    /// <summary>Faultable requests being handled right now (a test can wait for a slow one to be inside).</summary>
    public int InFlight => Volatile.Read(ref _inFlight);

    /// <summary>Requests seen so far and what the faults did to them.</summary>
    public FaultCounts Counts => new(Enum.GetValues<RequestKind>().Sum(Seen), Volatile.Read(ref _rateLimited),
        Volatile.Read(ref _serverErrors), Volatile.Read(ref _concurrencyRejected));

    /// <summary>Requests of <paramref name="kind"/> seen so far, faulted or not; a route not tagged with a kind counts as Other.</summary>
    public int Seen(RequestKind kind) => Volatile.Read(ref _seen[(int)kind]);

    /// <summary>The next <paramref name="count"/> faultable requests answer 429 with <c>Retry-After</c>.</summary>
    public void RateLimitNext(int count, int retryAfterSeconds = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfNegative(retryAfterSeconds);
        lock (_gate)
        {
            _rateLimitLeft = count;
            _rateLimitRetryAfter = retryAfterSeconds;
        }
    }

    /// <summary>
    /// Every faultable request answers 429 until <paramref name="duration"/> has passed on the simulator's
    /// clock. <c>Retry-After</c> is <paramref name="retryAfterSeconds"/>, or else counts down to the window's end.
    /// </summary>
    public void RateLimitFor(TimeSpan duration, int? retryAfterSeconds = null)
    {
        if (retryAfterSeconds is { } seconds)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(seconds);
        }

        lock (_gate)
        {
            _rateLimitUntil = time.GetUtcNow() + duration;
            _windowRetryAfter = retryAfterSeconds;
        }
    }

    /// <summary>The next <paramref name="count"/> faultable requests answer <paramref name="status"/> (a 5xx).</summary>
    public void FailNext(int count, int status = StatusCodes.Status503ServiceUnavailable)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfLessThan(status, 500);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(status, 599);
        lock (_gate)
        {
            _failuresLeft = count;
            _failureStatus = status;
        }
    }

    /// <summary>Every switch back to its default, every counter at zero.</summary>
    public virtual void Reset()
    {
        lock (_gate)
        {
            _rateLimitLeft = _failuresLeft = 0;
            _rateLimitUntil = default;
            _windowRetryAfter = null;
            ResponseDelay = TimeSpan.Zero;
            MaxConcurrentRequests = 0;
            ConcurrencyRetryAfterSeconds = 1;
            Array.Clear(_seen);
            _rateLimited = _serverErrors = _concurrencyRejected = 0;
        }
    }

    /// <summary>Which requests the switches may answer; the rest are only counted. Token endpoints are left alone by default.</summary>
    protected virtual bool IsFaultable(RequestKind kind) => kind != RequestKind.Token;

    /// <summary>
    /// Runs one request through the switches: count it; if it is faultable, hold a concurrency slot for its
    /// whole life (delay included, so a slow response can provoke the limit), then rate limit, 5xx, or pass.
    /// </summary>
    internal async ValueTask<object?> InvokeAsync(HttpContext http, RequestKind kind, FaultFilter replies, Func<ValueTask<object?>> next)
    {
        Interlocked.Increment(ref _seen[(int)kind]);
        if (!IsFaultable(kind))
        {
            return await next();
        }

        if (!TryEnter(MaxConcurrentRequests))
        {
            Interlocked.Increment(ref _concurrencyRejected);
            var seconds = ConcurrencyRetryAfterSeconds;
            SetRetryAfter(http, seconds);
            return replies.ConcurrencyLimited(http, seconds);
        }

        try
        {
            var delay = ResponseDelay;
            if (delay > TimeSpan.Zero)
            {
                // Wall-clock time on purpose: a slow vendor is slow in real time, whatever clock the test injects.
                await Task.Delay(delay, http.RequestAborted);
            }

            switch (Decide())
            {
                case (StatusCodes.Status429TooManyRequests, var retryAfter):
                    Interlocked.Increment(ref _rateLimited);
                    SetRetryAfter(http, retryAfter);
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

    private static void SetRetryAfter(HttpContext http, int seconds) =>
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);

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

    // A rate limit wins over a 5xx burst when both are armed: the throttle sits in front of the app. A
    // "next N" fault is used up only by the requests it answers, so a window does not eat it.
    private (int Status, int RetryAfter) Decide()
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            if (now < _rateLimitUntil)
            {
                return (StatusCodes.Status429TooManyRequests, _windowRetryAfter ?? (int)Math.Ceiling((_rateLimitUntil - now).TotalSeconds));
            }

            if (_rateLimitLeft > 0)
            {
                _rateLimitLeft--;
                return (StatusCodes.Status429TooManyRequests, _rateLimitRetryAfter);
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

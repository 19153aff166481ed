namespace OpenElements.Simulators.Hosting;

/// <summary>
/// One simulator's fault switches and request counters. A test resolves the vendor's subclass from
/// <see cref="SimulatorServer.Services"/>, flips a switch, and reads the counters afterwards. Every
/// member is thread-safe: the simulator serves requests concurrently.
/// </summary>
public class FaultSwitches(TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly int[] _seen = new int[Enum.GetValues<RequestKind>().Length];
    private int _rateLimitRemaining;
    private int _rateLimitRetryAfter;
    private DateTimeOffset _rateLimitUntil = DateTimeOffset.MinValue;
    private int _failuresRemaining;
    private int _failureStatus;
    private TimeSpan _delay;

    /// <summary>How long every faultable response is held back. Default zero.</summary>
    public TimeSpan Delay
    {
        get { lock (_gate) { return _delay; } }
        set { lock (_gate) { _delay = value; } }
    }

    /// <summary>The next <paramref name="requests"/> faultable requests answer 429 with <c>Retry-After</c>.</summary>
    public void RateLimitNext(int requests, int retryAfterSeconds = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(requests);
        ArgumentOutOfRangeException.ThrowIfNegative(retryAfterSeconds);
        lock (_gate)
        {
            _rateLimitRemaining = requests;
            _rateLimitRetryAfter = retryAfterSeconds;
        }
    }

    /// <summary>Every faultable request answers 429 for <paramref name="window"/>; Retry-After counts down to its end.</summary>
    public void RateLimitFor(TimeSpan window)
    {
        lock (_gate)
        {
            _rateLimitUntil = time.GetUtcNow() + window;
        }
    }

    /// <summary>The next <paramref name="requests"/> faultable requests answer <paramref name="statusCode"/> (a 5xx).</summary>
    public void FailNext(int requests, int statusCode = 500)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(requests);
        ArgumentOutOfRangeException.ThrowIfLessThan(statusCode, 500);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(statusCode, 599);
        lock (_gate)
        {
            _failuresRemaining = requests;
            _failureStatus = statusCode;
        }
    }

    /// <summary>Turns every fault off; the counters keep counting.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _rateLimitRemaining = 0;
            _rateLimitUntil = DateTimeOffset.MinValue;
            _failuresRemaining = 0;
            _delay = TimeSpan.Zero;
        }
    }

    /// <summary>Requests of <paramref name="kind"/> seen so far, faulted or not.</summary>
    public int Seen(RequestKind kind)
    {
        lock (_gate)
        {
            return _seen[(int)kind];
        }
    }

    /// <summary>Requests of every kind seen so far.</summary>
    public int SeenTotal
    {
        get { lock (_gate) { return _seen.Sum(); } }
    }

    public virtual void ResetCounters()
    {
        lock (_gate)
        {
            Array.Clear(_seen);
        }
    }

    /// <summary>
    /// Counts a request and, when it is <paramref name="faultable"/>, decides its fault; a rate limit
    /// wins over a 5xx burst, and a "next N" fault is used up only by the requests it answers.
    /// </summary>
    public InjectedFault Enter(RequestKind kind, bool faultable)
    {
        lock (_gate)
        {
            _seen[(int)kind]++;
            if (!faultable)
            {
                return InjectedFault.None;
            }

            var now = time.GetUtcNow();
            if (now < _rateLimitUntil)
            {
                return new InjectedFault(_delay, 429, (int)Math.Ceiling((_rateLimitUntil - now).TotalSeconds));
            }

            if (_rateLimitRemaining > 0)
            {
                _rateLimitRemaining--;
                return new InjectedFault(_delay, 429, _rateLimitRetryAfter);
            }

            if (_failuresRemaining > 0)
            {
                _failuresRemaining--;
                return new InjectedFault(_delay, _failureStatus, null);
            }

            return new InjectedFault(_delay, 0, null);
        }
    }
}

/// <summary>What to do to one request: wait <see cref="Delay"/>, then answer <see cref="StatusCode"/> (0 = pass through).</summary>
public sealed record InjectedFault(TimeSpan Delay, int StatusCode, int? RetryAfterSeconds)
{
    public static InjectedFault None { get; } = new(TimeSpan.Zero, 0, null);
}

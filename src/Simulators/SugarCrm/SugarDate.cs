using System.Globalization;

namespace OpenElements.Simulators.SugarCrm;

/// <summary>
/// Sugar writes date-times in the user's time zone with its offset (<c>2016-04-05T10:23:28-04:00</c>).
/// The sandbox user lives in a zone without daylight saving, so every date-time carries the same offset.
/// </summary>
internal static class SugarDate
{
    /// <summary>The sandbox user's offset; matches <see cref="TimeZone"/> all year round.</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(-4);

    // REVIEW: [M] an Atlantic zone was picked so that the offset is non-zero (clients that drop offsets
    // fail visibly) yet never changes; /me reports it so the two agree.
    public const string TimeZone = "America/Puerto_Rico";

    public static string Format(DateTimeOffset instant) =>
        instant.ToOffset(Offset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public static string FormatDate(DateTimeOffset instant) =>
        instant.ToOffset(Offset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// Reads a filter operand. A value without an offset is in the user's zone, and a bare date is its
    /// midnight there, as Sugar converts filter values from the user's zone.
    /// </summary>
    public static DateTimeOffset? Parse(string text)
    {
        if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.RoundtripKind, out var parsed))
        {
            return null;
        }

        return parsed.Kind switch
        {
            // RoundtripKind leaves offset-bearing text as Local; DateTimeOffset reads the offset exactly.
            DateTimeKind.Local or DateTimeKind.Utc => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces),
            _ => new DateTimeOffset(parsed, Offset),
        };
    }
}

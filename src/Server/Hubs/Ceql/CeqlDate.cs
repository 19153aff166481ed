using System.Globalization;
using System.Text.RegularExpressions;

namespace OpenElements.Server.Hubs.Ceql;

/// <summary>A date literal: the instant, and whether the text gave a time or only a day.</summary>
internal readonly record struct CeqlDateValue(DateTimeOffset Instant, bool HasTime)
{
    /// <summary><c>2024-01-31</c>, or the UTC instant with fractional seconds only when there are some.</summary>
    public string Iso(string utcSuffix) => HasTime
        ? Instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture) + utcSuffix
        : Instant.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>
/// ISO-8601 dates as CEQL users write them: <c>2024-01-31</c> or <c>2024-01-31T10:00:00[.fff](Z|±hh:mm)</c>.
/// A day alone means midnight UTC. REVIEW: a date-time without an offset is also taken as UTC; the
/// platform's own examples always carry one.
/// </summary>
internal static partial class CeqlDate
{
    public static bool TryParse(string text, out CeqlDateValue date)
    {
        date = default;
        if (DayOnly().IsMatch(text))
        {
            if (!DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                return false;
            }

            date = new(new DateTimeOffset(day, TimeSpan.Zero), HasTime: false);
            return true;
        }

        if (!DateAndTime().IsMatch(text) ||
            !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            return false;
        }

        date = new(instant, HasTime: true);
        return true;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex DayOnly();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:?\d{2})?$")]
    private static partial Regex DateAndTime();
}

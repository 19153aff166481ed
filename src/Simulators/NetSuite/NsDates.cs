using System.Globalization;

namespace OpenElements.Simulators.NetSuite;

/// <summary>
/// Date literals in <c>q</c>. NetSuite reads them in the user's date preference (Oracle's example is
/// <c>"2/14/23"</c>); the sandbox user's is US <c>M/d/yyyy</c>, optionally with a 12- or 24-hour time.
/// ISO 8601 days and date-times are accepted too, which is what a generic client sends.
/// </summary>
// REVIEW: [M] the user's time zone is UTC here; NetSuite evaluates in the user's preference.
internal static class NsDates
{
    private static readonly string[] Days = ["M/d/yyyy", "M/d/yy", "yyyy-MM-dd"];
    private static readonly string[] Minutes = ["M/d/yyyy h:mm tt", "M/d/yyyy H:mm", "M/d/yy h:mm tt", "M/d/yy H:mm"];

    /// <summary>The instants a literal covers: its whole day, minute or second; null when it is no date.</summary>
    public static NsInstantRange? Parse(string text)
    {
        const DateTimeStyles Utc = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal;
        text = text.Trim();
        if (DateTimeOffset.TryParseExact(text, Days, CultureInfo.InvariantCulture, Utc, out var day))
        {
            return new(day, day.AddDays(1));
        }

        if (DateTimeOffset.TryParseExact(text, Minutes, CultureInfo.InvariantCulture, Utc, out var minute))
        {
            return new(minute, minute.AddMinutes(1));
        }

        // ISO 8601 date-time with or without an offset (none means UTC), to the second.
        if (text.Length > 10 && text[4] == '-' && text[10] == 'T'
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, Utc, out var instant))
        {
            var second = new DateTimeOffset(instant.Ticks - instant.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
            return new(second, second.AddSeconds(1));
        }

        return null;
    }
}

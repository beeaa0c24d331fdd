//! Calendar arithmetic (proleptic Gregorian) and date-time values in TimeML form.

use std::fmt;

/// A calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Year, e.g. 2024.
    pub year: i32,
    /// Month, 1 to 12.
    pub month: u32,
    /// Day of the month, 1 to 31.
    pub day: u32,
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Number of days in a month of a year.
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// A valid date, or `None` (e.g. 31 April, month 13, years outside 1..=9999).
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(1..=9999).contains(&year) || !(1..=12).contains(&month) {
            return None;
        }
        if day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// Parses `YYYY-MM-DD`.
    pub fn parse_iso(s: &str) -> Option<Date> {
        let mut parts = s.split('-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() || y.len() != 4 || m.is_empty() || m.len() > 2 || d.is_empty() || d.len() > 2 {
            return None;
        }
        let all_digits = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
        if !(all_digits(y) && all_digits(m) && all_digits(d)) {
            return None;
        }
        Date::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
    }

    /// Days since 1970-01-01 (negative before).
    pub fn to_days(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` after 1970-01-01; `None` outside years 1..=9999.
    pub fn from_days(days: i64) -> Option<Date> {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = doy - (153 * mp + 2) / 5 + 1;
        let m = if mp < 10 { mp + 3 } else { mp - 9 };
        let y = yoe + era * 400 + i64::from(m <= 2);
        Date::new(i32::try_from(y).ok()?, m as u32, d as u32)
    }

    /// This date moved by a number of days.
    pub fn add_days(self, days: i64) -> Option<Date> {
        Date::from_days(self.to_days() + days)
    }

    /// Day of the week, 0 = Monday ... 6 = Sunday.
    pub fn weekday(self) -> u32 {
        // 1970-01-01 was a Thursday (3).
        ((self.to_days() + 3).rem_euclid(7)) as u32
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// A wall-clock time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Time {
    /// 0 to 23.
    pub hour: u32,
    /// 0 to 59.
    pub minute: u32,
}

impl Time {
    /// A valid time, or `None`.
    pub fn new(hour: u32, minute: u32) -> Option<Time> {
        (hour < 24 && minute < 60).then_some(Time { hour, minute })
    }
}

/// A date with an optional time and time-zone label, as printed on a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateTime {
    /// The day.
    pub date: Date,
    /// The time, when given.
    pub time: Option<Time>,
    /// The zone as written ("GMT", "+01:00"), when given.
    pub zone: Option<String>,
}

impl DateTime {
    /// TimeML value: `2024-11-29T11:18`, or `2024-11-29` without a time.
    pub fn timeml(&self) -> String {
        match self.time {
            Some(t) => format!("{}T{:02}:{:02}", self.date, t.hour, t.minute),
            None => self.date.to_string(),
        }
    }
}

/// Writes an optional date as `YYYY-MM-DD` (or null).
pub fn serialize_date<S: serde::Serializer>(date: &Option<Date>, serializer: S) -> Result<S::Ok, S::Error> {
    match date {
        Some(d) => serializer.collect_str(d),
        None => serializer.serialize_none(),
    }
}

/// Writes a date-time as its TimeML value.
pub fn serialize_timeml<S: serde::Serializer>(value: &DateTime, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(&value.timeml())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_round_trip_and_weekday() {
        let d = Date::new(2024, 11, 29).unwrap();
        assert_eq!(Date::from_days(d.to_days()), Some(d));
        assert_eq!(d.weekday(), 4, "29 November 2024 was a Friday");
        assert_eq!(d.add_days(-2).unwrap().to_string(), "2024-11-27");
        assert_eq!(Date::new(2024, 12, 31).unwrap().add_days(1).unwrap().to_string(), "2025-01-01");
    }

    #[test]
    fn invalid_dates_are_refused() {
        assert_eq!(Date::new(2023, 2, 29), None);
        assert!(Date::new(2024, 2, 29).is_some());
        assert_eq!(Date::parse_iso("2024-13-01"), None);
        assert_eq!(Date::parse_iso("24-11-01"), None);
        assert_eq!(Date::parse_iso("2024-1x-01"), None);
    }
}

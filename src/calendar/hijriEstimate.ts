// Internal: an astronomical estimate of the start of an Iranian lunar Hijri month, used only beyond the
// official table (hijriData.ts). Steps:
//  1. the true new moon of the month's lunation (Meeus, Astronomical Algorithms ch. 49, the main periodic
//     terms: error < 1 minute against the full series);
//  2. from the Tehran civil day of the new moon on, the first evening whose crescent passes Odeh's
//     visibility criterion (Experimental Astronomy 18, 2004) with a threshold fitted to Iran's practice,
//     V ≥ 1 at sunset in Tehran, on low-precision sun and moon positions (Astronomical Almanac, ~0.3°);
//  3. the month starts the next day.
// Agreement with the official table (measured by hijri.test.ts over the 574 months 1400/1 … 1447/10 AH):
// 512 months (89.2 %) on the same day, every other month one day off; 263 of the 297 Calendar Center
// months (1423/1 on, 88.6 %). Month lengths it produces are always 29 or 30 days.

const RAD = Math.PI / 180;
const TEHRAN_LATITUDE = 35.69;
const TEHRAN_LONGITUDE = 51.42;
const SUNSET_ALTITUDE = -0.833; // centre of the sun at apparent sunset (refraction + semi-diameter)
const VISIBILITY_THRESHOLD = 1; // Odeh's V in degrees; fitted on 1400–1447 AH (V ≥ 2 is his "optical aid")
/** Month index (12 × (year − 1) + month − 1) of the lunation Meeus numbers k = 0 (new moon of 2000-01-06). */
const K0_MONTH_INDEX = 17037;
const J2000_EPOCH_DAY = 10957.5; // 2000-01-01T12:00Z
const JD_EPOCH_DAY = 2440587.5; // Julian date of 1970-01-01T00:00Z

const sin = (deg: number): number => Math.sin(deg * RAD);
const cos = (deg: number): number => Math.cos(deg * RAD);

/** Epoch day (fractional, UT) of the true new moon of lunation k. */
export function newMoonEpochDay(k: number): number {
  const t = k / 1236.85;
  const e = 1 - 0.002516 * t - 0.0000074 * t * t;
  const m = 2.5534 + 29.1053567 * k - 0.0000014 * t * t;
  const mp = 201.5643 + 385.81693528 * k + 0.0107582 * t * t + 0.00001238 * t ** 3;
  const f = 160.7108 + 390.67050284 * k - 0.0016118 * t * t - 0.00000227 * t ** 3;
  const om = 124.7746 - 1.56375588 * k + 0.0020672 * t * t;
  const jde =
    2451550.09766 +
    29.530588861 * k +
    0.00015437 * t * t -
    0.4072 * sin(mp) +
    0.17241 * e * sin(m) +
    0.01608 * sin(2 * mp) +
    0.01039 * sin(2 * f) +
    0.00739 * e * sin(mp - m) -
    0.00514 * e * sin(mp + m) +
    0.00208 * e * e * sin(2 * m) -
    0.00111 * sin(mp - 2 * f) -
    0.00057 * sin(mp + 2 * f) +
    0.00056 * e * sin(2 * mp + m) -
    0.00042 * sin(3 * mp) +
    0.00042 * e * sin(m + 2 * f) +
    0.00038 * e * sin(m - 2 * f) -
    0.00024 * e * sin(2 * mp - m) -
    0.00017 * sin(om) -
    0.00007 * sin(mp + 2 * m);
  const u = (jde - 2385800.5) / 36525; // centuries since 1820: Morrison & Stephenson's long-term ΔT
  return jde - JD_EPOCH_DAY - (-20 + 32 * u * u) / 86_400;
}

/** Hour angle (degrees) and altitude of a body at ecliptic (λ, β), at epoch day `t`, seen from Tehran. */
function horizontal(lambda: number, beta: number, t: number): number {
  const centuries = (t - J2000_EPOCH_DAY) / 36525;
  const eps = 23.439 - 0.013 * centuries;
  const ra = Math.atan2(sin(lambda) * cos(eps) - Math.tan(beta * RAD) * sin(eps), cos(lambda)) / RAD;
  const dec = Math.asin(sin(beta) * cos(eps) + cos(beta) * sin(eps) * sin(lambda)) / RAD;
  const hourAngle = 280.46061837 + 360.98564736629 * (t - J2000_EPOCH_DAY) + TEHRAN_LONGITUDE - ra;
  return Math.asin(sin(TEHRAN_LATITUDE) * sin(dec) + cos(TEHRAN_LATITUDE) * cos(dec) * cos(hourAngle)) / RAD;
}

/** Apparent ecliptic longitude of the sun (degrees) at epoch day `t`. */
function sunLongitude(t: number): number {
  const c = (t - J2000_EPOCH_DAY) / 36525;
  const g = 357.528 + 35999.05 * c;
  return 280.46 + 36000.77 * c + 1.915 * sin(g) + 0.02 * sin(2 * g);
}

/** Sunset in Tehran on civil day `day` (epoch day, UT fraction), to a few seconds, by secant steps. */
function sunsetTehran(day: number): number {
  let a = day + 0.5 - TEHRAN_LONGITUDE / 360 + 0.2;
  let b = a + 0.05;
  let fa = horizontal(sunLongitude(a), 0, a) - SUNSET_ALTITUDE;
  let fb = horizontal(sunLongitude(b), 0, b) - SUNSET_ALTITUDE;
  for (let i = 0; i < 8 && Math.abs(fb) > 1e-4; i++) {
    const c = b - (fb * (b - a)) / (fb - fa);
    a = b;
    fa = fb;
    b = c;
    fb = horizontal(sunLongitude(b), 0, b) - SUNSET_ALTITUDE;
  }
  return b;
}

/** Odeh's visibility value V of the crescent at sunset in Tehran on civil day `day`. */
function crescentVisibility(day: number): number {
  const t = sunsetTehran(day);
  const c = (t - J2000_EPOCH_DAY) / 36525;
  const lambda =
    218.32 +
    481267.881 * c +
    6.29 * sin(135 + 477198.87 * c) -
    1.27 * sin(259.3 - 413335.36 * c) +
    0.66 * sin(235.7 + 890534.22 * c) +
    0.21 * sin(269.9 + 954397.74 * c) -
    0.19 * sin(357.5 + 35999.05 * c) -
    0.11 * sin(186.5 + 966404.03 * c);
  const beta =
    5.13 * sin(93.3 + 483202.02 * c) +
    0.28 * sin(228.2 + 960400.89 * c) -
    0.28 * sin(318.3 + 6003.15 * c) -
    0.17 * sin(217.6 - 407332.21 * c);
  const parallax =
    0.9508 +
    0.0518 * cos(135 + 477198.87 * c) +
    0.0095 * cos(259.3 - 413335.36 * c) +
    0.0078 * cos(235.7 + 890534.22 * c) +
    0.0028 * cos(269.9 + 954397.74 * c);
  const geocentric = horizontal(lambda, beta, t);
  const moonAltitude = geocentric - parallax * cos(geocentric);
  const arcv = moonAltitude - horizontal(sunLongitude(t), 0, t);
  const arcl = Math.acos(cos(beta) * cos(lambda - sunLongitude(t))) / RAD;
  const width = 0.2725 * parallax * 60 * (1 - cos(arcl)); // crescent width, arc minutes
  return arcv - (7.1651 - 6.3226 * width + 0.7319 * width ** 2 - 0.1018 * width ** 3);
}

/**
 * Estimated epoch day of the first day of the Hijri month with index `monthIndex`
 * (12 × (year − 1) + month − 1): the day after the first evening, from the Tehran civil day of the
 * new moon on, whose crescent passes the visibility threshold.
 */
export function estimateHijriMonthStart(monthIndex: number): number {
  const conjunction = newMoonEpochDay(monthIndex - K0_MONTH_INDEX);
  let day = Math.floor(conjunction + 3.5 / 24);
  for (let i = 0; i < 3 && crescentVisibility(day) < VISIBILITY_THRESHOLD; i++) day++;
  return day + 1;
}

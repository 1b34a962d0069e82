// The numbers of a club report: what `moshtari report --json` prints and what the HTML shows.
// Money is integer Rial as a decimal string (exact); shares are fractions 0–1 rounded to 4 places;
// dates are Jalali `YYYY/MM/DD` strings in Tehran time; counts are numbers.

/** One labelled count with its share of the whole. */
export type ReportCount = {
  /** Machine key (`'champions'`, `'gold'`, `'active'`). */
  readonly key: string;
  /** Count. */
  readonly count: number;
  /** count ÷ total, 0–1. */
  readonly share: number;
  /** Revenue of these customers in Rial, when it applies. */
  readonly revenue?: string;
};

/** A histogram bin. */
export type ReportBin = {
  /** Lower edge (inclusive). */
  readonly from: number;
  /** Upper edge (exclusive, inclusive for the last bin). */
  readonly to: number;
  /** Customers in the bin. */
  readonly count: number;
};

/** The whole report. */
export type ClubReport = {
  readonly meta: {
    /** `'sample'` (built-in store) or `'csv'`. */
    readonly source: 'sample' | 'csv';
    /** The report date, Jalali (`1404/06/31`). */
    readonly asOf: string;
    /** The report instant, ISO 8601 UTC. */
    readonly asOfIso: string;
    /** Always `'Asia/Tehran'` for now. */
    readonly timeZone: string;
    /** First and last transaction dates (Jalali). */
    readonly firstTransaction: string | null;
    readonly lastTransaction: string | null;
    /** Input rows read and rejected (with the first problems, line numbers included). */
    readonly rowsRead: number;
    readonly rowsRejected: number;
    readonly problems: readonly { readonly file: string; readonly line: number; readonly message: string }[];
    /** Seconds spent per step, for the terminal summary. */
    readonly timings: Readonly<Record<string, number>>;
  };
  readonly overview: {
    /** Customers in the file (or seen in transactions). */
    readonly customers: number;
    /** Customers with at least one purchase. */
    readonly buyers: number;
    readonly transactions: number;
    /** Total revenue (Rial). */
    readonly revenue: string;
    /** Average order value (Rial, rounded half-even). */
    readonly averageOrder: string;
    /** Purchases per buyer, 2 decimals. */
    readonly ordersPerBuyer: number;
    /** Share of buyers with 2+ purchases. */
    readonly repeatRate: number;
    /** Buyers with a purchase in the last 90 days. */
    readonly activeLast90Days: number;
    /** Revenue per Jalali month (`1403/01` → Rial), oldest first. */
    readonly revenueByMonth: readonly { readonly month: string; readonly revenue: string; readonly orders: number }[];
    /** Top 10 cities by customers (when customers have cities). */
    readonly topCities: readonly ReportCount[];
  };
  /** Lifecycle stage of every customer as of the report date (moshtari/customer). */
  readonly lifecycle: {
    readonly stages: readonly ReportCount[];
    /** The thresholds used (club sign-up counts as interest: such customers are prospects). */
    readonly policy: {
      readonly atRiskAfterDays: number;
      readonly churnedAfterDays: number;
      /** Purchases within `loyalWindowDays` that make a customer loyal. */
      readonly loyalMinPurchases: number;
      readonly loyalWindowDays: number;
    };
  };
  readonly rfm: {
    /** Named RFM segments (moshtari/segment RFM_DEFAULT_MAP), largest first. */
    readonly segments: readonly ReportCount[];
    /** The five-metal value pyramid (platinum → lead), top first, with revenue. */
    readonly pyramid: readonly ReportCount[];
    /** Buyers scored and prospects (no purchase). */
    readonly scored: number;
    readonly prospects: number;
  };
  readonly tiers: {
    /** The sample ladder: id, name, entry rule (null for the base tier) and earn multiplier. */
    readonly ladder: readonly {
      readonly id: string;
      readonly name: string;
      /** Entry rule over the Jalali calendar year: `any` (one threshold suffices) or `all`. */
      readonly entry: {
        readonly mode: 'any' | 'all';
        /** `spendRial` (a Rial amount as a string) or `purchases` (a count as a string), … */
        readonly thresholds: readonly { readonly metric: string; readonly value: string }[];
      } | null;
      readonly earnMultiplier: string;
    }[];
    /** Members per tier, base tier first. */
    readonly distribution: readonly ReportCount[];
    /** Members within 20 % of the next tier's entry. */
    readonly closeToNext: number;
    /** Members projected to drop a tier at the end of their validity. */
    readonly projectedDowngrades: number;
  };
  readonly loyalty: {
    /** The sample program: Rial of spend per point (rounded down, × tier multiplier), Rial value of a point when redeemed, the largest share of a purchase points may pay, and expiry at the end of the Jalali year earned in. */
    readonly program: {
      readonly spendPerPoint: string;
      readonly pointValue: string;
      readonly maxCartShare: number;
      readonly expiry: 'endOfJalaliYear';
    };
    /** Points earned (after tier multipliers), redeemed, expired, and the balance. */
    readonly earned: number;
    readonly redeemed: number;
    readonly expired: number;
    readonly balance: number;
    /** Points expiring by the end of this Jalali year (Esfand), and that date. */
    readonly expiringByYearEnd: number;
    readonly yearEnd: string;
    /** The open balance at its redemption value (Rial). */
    readonly faceValue: string;
    /** Liability: face value × the expected redemption rate (Rial), and the breakage rate (1 − that rate) used. */
    readonly liability: string;
    readonly breakageRate: number;
    /** Members holding points. */
    readonly membersWithPoints: number;
    /** Redemptions refused by the ledger (not enough points), with the first ids. */
    readonly rejectedRedemptions: number;
  };
  /** Why the CLV section is missing (too few repeat buyers to fit the models), or null when it is there. */
  readonly clvUnavailable: string | null;
  /** BTYD models and CLV; null when they could not be fitted (see `clvUnavailable`). */
  readonly clv: {
    /** Time unit of the model: weeks. */
    readonly timeUnit: 'week';
    readonly bgNbd: {
      readonly r: number;
      readonly alpha: number;
      readonly a: number;
      readonly b: number;
      readonly logLikelihood: number;
      readonly iterations: number;
      readonly converged: boolean;
    };
    readonly gammaGamma: {
      readonly p: number;
      readonly q: number;
      readonly gamma: number;
      readonly logLikelihood: number;
      readonly iterations: number;
      readonly converged: boolean;
      /** Repeat buyers the spend model was fitted on. */
      readonly customers: number;
    };
    /** For the sample: the parameters it was drawn from (same unit), to compare with the fit. */
    readonly truth: {
      readonly bgNbd: { readonly r: number; readonly alpha: number; readonly a: number; readonly b: number };
      readonly gammaGamma: { readonly p: number; readonly q: number; readonly gamma: number };
    } | null;
    /** CLV horizon in months and the monthly discount rate used. */
    readonly horizonMonths: number;
    readonly monthlyDiscount: number;
    /** Sum of predicted CLV over all buyers (Rial). */
    readonly totalClv: string;
    /** Top customers by predicted CLV. */
    readonly top: readonly {
      readonly id: string;
      readonly name: string;
      readonly frequency: number;
      readonly recencyWeeks: number;
      readonly ageWeeks: number;
      readonly pAlive: number;
      readonly expectedPurchases: number;
      readonly expectedSpend: string;
      readonly clv: string;
    }[];
    /** P(alive) histogram in 10 bins over 0–1. */
    readonly pAliveHistogram: readonly ReportBin[];
  } | null;
  readonly cohorts: {
    /** Acquisition months (Jalali `1403/01`), oldest first, at most the last 12. */
    readonly rows: readonly {
      readonly cohort: string;
      readonly size: number;
      /** Share of the cohort buying in month offset 0, 1, 2, … (null where the month is in the future). */
      readonly retention: readonly (number | null)[];
    }[];
  };
  /** NPS, when the input has survey answers. */
  readonly nps: {
    readonly score: number;
    readonly responses: number;
    readonly promoters: number;
    readonly passives: number;
    readonly detractors: number;
    /** 95 % confidence interval of the score. */
    readonly low: number;
    readonly high: number;
  } | null;
  /** SLA, when the input has support tickets. */
  readonly sla: {
    readonly tickets: number;
    /** Share of tickets whose first response / resolution met the target (business hours, Tehran). */
    readonly firstResponseMet: number;
    readonly resolutionMet: number;
    /** Still open at the report date. */
    readonly open: number;
    readonly byPriority: readonly {
      readonly priority: string;
      readonly tickets: number;
      readonly firstResponseMet: number;
      readonly resolutionMet: number;
    }[];
  } | null;
};

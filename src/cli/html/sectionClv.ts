import type { ClubReport } from '../report/types.js';
import type { RenderContext } from './context.js';
import { escapeHtml } from './escape.js';
import { figureCard, htmlTable, moneyAmount, moneyNum, num, raw, reportSection, subheading } from './html.js';
import { svgColumns } from './svgColumns.js';

type Clv = NonNullable<ClubReport['clv']>;
type Model = { readonly logLikelihood: number; readonly iterations: number; readonly converged: boolean };

function modelCard(
  title: string,
  params: readonly [string, number][],
  model: Model,
  ctx: RenderContext,
  extra = '',
): string {
  const { f, t } = ctx;
  const status = model.converged
    ? `<span class="badge ok">${escapeHtml(t('converged'))}</span>`
    : `<span class="badge warn">${escapeHtml(t('notConverged'))}</span>`;
  const rows = params.map(([name, v]) => `<div><dt>${escapeHtml(name)}</dt><dd>${num(f.param(v))}</dd></div>`);
  rows.push(`<div><dt>${escapeHtml(t('logLik'))}</dt><dd>${num(f.decimal(model.logLikelihood, 2))}</dd></div>`);
  rows.push(`<div><dt>${escapeHtml(t('iterations'))}</dt><dd>${num(f.integer(model.iterations))}</dd></div>`);
  return `<div class="model"><h4>${escapeHtml(title)} ${status}</h4><dl class="params">${rows.join('')}${extra}</dl></div>`;
}

function truthTable(c: Clv, ctx: RenderContext): string {
  const { f, t } = ctx;
  const truth = c.truth;
  if (truth === null) return '';
  const { bgNbd: b, gammaGamma: g } = c;
  const pairs: [string, number, number][] = [
    ['r', b.r, truth.bgNbd.r],
    ['α', b.alpha, truth.bgNbd.alpha],
    ['a', b.a, truth.bgNbd.a],
    ['b', b.b, truth.bgNbd.b],
    ['p', g.p, truth.gammaGamma.p],
    ['q', g.q, truth.gammaGamma.q],
    ['γ', g.gamma, truth.gammaGamma.gamma],
  ];
  const rows = pairs.map(([name, fit, real]) => [
    escapeHtml(name),
    num(f.param(fit)),
    num(f.param(real)),
    num(real === 0 ? '—' : `${fit >= real ? '+' : ''}${f.percent((fit - real) / real)}`),
  ]);
  const n = (key: 'fitted' | 'truth' | 'error') => ({ head: escapeHtml(t(key)), numeric: true });
  return `<div class="truth-table">${htmlTable([{ head: escapeHtml(t('parameter')) }, n('fitted'), n('truth'), n('error')], rows, t('fitVsTruth'))}</div>`;
}

function topTable(top: Clv['top'], ctx: RenderContext): string {
  const { f, t } = ctx;
  const rows = top.map((c, i) => [
    num(f.integer(i + 1)),
    raw(c.name, true),
    raw(c.id, true),
    num(f.integer(c.frequency)),
    num(f.decimal(c.recencyWeeks, 1)),
    num(f.decimal(c.ageWeeks, 1)),
    num(f.percent(c.pAlive)),
    num(f.decimal(c.expectedPurchases, 2)),
    moneyNum(f, c.expectedSpend),
    moneyNum(f, c.clv),
  ]);
  const h = (key: Parameters<typeof t>[0], numeric = true) => ({ head: escapeHtml(t(key)), numeric });
  const cols = [
    { head: '#', numeric: true },
    h('customer', false),
    h('id', false),
    h('frequency'),
    h('recency'),
    h('age'),
  ];
  return htmlTable([...cols, h('pAlive'), h('expectedPurchases'), h('expectedSpend'), h('clvShort')], rows);
}

/**
 * The CLV section (`#clv`): BG/NBD and Gamma-Gamma parameters with convergence, the fit against
 * the true parameters (sample store only), total predicted CLV, the top customers and a P(alive)
 * histogram. When the models could not be fitted (`clv` null), a note with the reason instead.
 *
 * @param report - the report
 * @param ctx - language context
 * @returns the section HTML
 * @example
 * ```ts
 * renderClv(report, createRenderContext('en'));
 * ```
 * @category CLI
 */
export function renderClv(report: ClubReport, ctx: RenderContext): string {
  const { f, t } = ctx;
  const c = report.clv;
  if (c === null) {
    const reason = report.clvUnavailable;
    const why = reason === null || reason === '' ? '' : `: ${raw(reason)}`;
    return reportSection('clv', t('clv'), `<p class="missing">${escapeHtml(t('clvUnavailable'))}${why}</p>`);
  }
  const fitN = `<div><dt>${escapeHtml(t('fitCustomers'))}</dt><dd>${num(f.integer(c.gammaGamma.customers))}</dd></div>`;
  const models = `<div class="cols">${modelCard(
    t('bgNbd'),
    [
      ['r', c.bgNbd.r],
      ['α', c.bgNbd.alpha],
      ['a', c.bgNbd.a],
      ['b', c.bgNbd.b],
    ],
    c.bgNbd,
    ctx,
  )}${modelCard(
    t('gammaGamma'),
    [
      ['p', c.gammaGamma.p],
      ['q', c.gammaGamma.q],
      ['γ', c.gammaGamma.gamma],
    ],
    c.gammaGamma,
    ctx,
    fitN,
  )}</div>`;
  const cards = `<div class="figures">${[
    figureCard(t('totalClv'), moneyAmount(f, c.totalClv), moneyNum(f, c.totalClv)),
    figureCard(t('horizon'), `${num(f.integer(c.horizonMonths))} <span class="unit">${escapeHtml(t('months'))}</span>`),
    figureCard(t('monthlyDiscount'), num(f.percent(c.monthlyDiscount))),
  ].join('')}</div>`;
  const hist = svgColumns(
    c.pAliveHistogram.map((b) => {
      const range = `${f.decimal(b.from * 100, 0)}–${f.percent(b.to)}`.replace(/[.٫][0۰](?=[%٪])/, '');
      return {
        value: b.count,
        label: range,
        valueLabel: f.integer(b.count),
        tooltip: `${range}: ${f.integer(b.count)} ${t('buyers')}`,
      };
    }),
    {
      id: 'chart-palive',
      title: t('pAliveHistogram'),
      xAxis: t('pAlive'),
      yAxis: t('buyers'),
      rtl: ctx.rtl,
      tick: f.compact,
      height: 260,
    },
  );
  const body = `<p class="muted">${escapeHtml(t('timeUnit'))}</p>${models}${truthTable(c, ctx)}${cards}${subheading(
    t('topCustomers'),
  )}${c.top.length === 0 ? `<p class="muted">${escapeHtml(t('noData'))}</p>` : topTable(c.top, ctx)}${subheading(
    t('pAliveHistogram'),
  )}<figure class="chart-box">${hist}</figure>`;
  return reportSection('clv', t('clv'), body);
}

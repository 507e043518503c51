/** English strings of the charts (the kit's time chart and the charts on each area's screens). */
export const enCharts = {
  'chart.range.1w': '1W',
  'chart.range.1m': '1M',
  'chart.range.3m': '3M',
  'chart.range.1y': '1Y',
  'chart.range.all': 'All',
  'chart.rangeGroup': 'Time span shown',
  'chart.shown': '{from} to {to}',
  'chart.window': 'Time shown',
  'chart.keys':
    'Left and right arrows move through time, + and − zoom in and out, Home and End jump to the ends.',
  'chart.exportSvg': 'Save as SVG',
  'chart.exportPng': 'Save as PNG',
  'chart.day': 'Day',
  'chart.rolling': '{label}, {days}-day average',
  'chart.annotation': '{date}: {label}',
  'experiments.chart.label': 'Each day’s {metric}, {from} to {to}, with the phases and their means',
  'experiments.chart.rated': 'Rated days',
  'experiments.chart.settling': 'Settling days (left out)',
  'experiments.chart.settlingDay': 'Settling day: left out of the analysis',
  'experiments.chart.missing': 'No rating',
  'experiments.chart.value': '{metric}',
  'experiments.chart.note': 'Note',
  'experiments.chart.explain':
    'Each dot is one day’s rating. Shaded stretches are the B phases, with the change; the others are the usual A phases. The thick line over each phase is its mean. Hollow dots are settling days, which the analysis leaves out; a break in the line is a day without a rating.',
  'review.chartLabel': '{who}: check-in averages in {month} (filled dots) against {previous} (hollow dots)',
  'review.soFar': {
    one: 'This month is still running: {count} day so far, so its averages will still move.',
    other: 'This month is still running: {count} days so far, so its averages will still move.',
  },
  'csi4.chartLabel': 'CSI-4 scores by month, {from} to {to}, with the distress cut-off at {cutoff}',
  'csi4.cutoffLine': '{cutoff}: distress cut-off',
  'csi4.month': 'Month',
  'csi4.chartExplain':
    'One dot a month, on the scale’s whole range (0–21). Below the dashed line ({cutoff}) is where the scale’s authors place relationship distress. One month is one answer and moves a little by chance: read the run of months, not a single dot. A skipped month is a gap.',
  'week.chartLabel':
    'Your week and your partner’s, {from} to {to}: one small chart per check-in measure, a day without a check-in left as a gap',
  'fromLog.chartLabel': 'Median days from a conflict to its repair, month by month, {from} to {to}',
  'fromLog.chartExplain':
    'One dot a month: the middle of the waits from a conflict to its repair. A month with one or two conflicts gives a rough figure (the table says how many); a month without a repaired conflict is a gap.',
  'review.noDays': 'No days filled in these two months.',
  'review.ratioIn': '{month}: {now}. {previous}: {before}.',
} as const;

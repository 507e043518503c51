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
} as const;

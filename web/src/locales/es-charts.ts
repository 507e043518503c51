import type { enCharts } from './en-charts.ts';

/** Spanish strings of the charts (same keys as en-charts.ts). */
export const esCharts: { readonly [K in keyof typeof enCharts]: string } = {
  'chart.range.1w': '1S',
  'chart.range.1m': '1M',
  'chart.range.3m': '3M',
  'chart.range.1y': '1A',
  'chart.range.all': 'Todo',
  'chart.rangeGroup': 'Periodo mostrado',
  'chart.shown': 'Del {from} al {to}',
  'chart.window': 'Periodo visible',
  'chart.keys':
    'Las flechas izquierda y derecha recorren el tiempo, + y − acercan y alejan, Inicio y Fin van a los extremos.',
  'chart.exportSvg': 'Guardar como SVG',
  'chart.exportPng': 'Guardar como PNG',
  'chart.day': 'Día',
  'chart.rolling': '{label}, media de {days} días',
  'chart.annotation': '{date}: {label}',
};

import type { Message } from '../i18n.ts';
import type { enCharts } from './en-charts.ts';

/** Spanish strings of the charts (same keys as en-charts.ts). */
export const esCharts: { readonly [K in keyof typeof enCharts]: Message } = {
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
  'experiments.chart.label': 'Valor diario de {metric}, del {from} al {to}, con las fases y sus medias',
  'experiments.chart.rated': 'Días valorados',
  'experiments.chart.settling': 'Días de adaptación (no cuentan)',
  'experiments.chart.settlingDay': 'Día de adaptación: el análisis no lo cuenta',
  'experiments.chart.missing': 'Sin valoración',
  'experiments.chart.value': '{metric}',
  'experiments.chart.note': 'Nota',
  'experiments.chart.explain':
    'Cada punto es la valoración de un día. Los tramos sombreados son las fases B, con el cambio; los demás son las fases A de siempre. La línea gruesa sobre cada fase es su media. Los puntos huecos son días de adaptación, que el análisis no cuenta; un corte en la línea es un día sin valoración.',
  'review.chartLabel':
    '{who}: promedios del check-in en {month} (puntos llenos) frente a {previous} (puntos huecos)',
  'review.soFar': {
    one: 'Este mes sigue en curso: {count} día hasta ahora, así que sus promedios aún se moverán.',
    many: 'Este mes sigue en curso: {count} días hasta ahora, así que sus promedios aún se moverán.',
    other: 'Este mes sigue en curso: {count} días hasta ahora, así que sus promedios aún se moverán.',
  },
  'csi4.chartLabel': 'Puntuaciones CSI-4 por mes, de {from} a {to}, con el umbral de malestar en {cutoff}',
  'csi4.cutoffLine': '{cutoff}: umbral de malestar',
  'csi4.month': 'Mes',
  'csi4.chartExplain':
    'Un punto al mes, en toda la escala (0–21). Por debajo de la línea discontinua ({cutoff}) es donde los autores de la escala sitúan el malestar en la relación. Un mes es una sola respuesta y varía un poco por azar: lee la serie de meses, no un punto suelto. Un mes sin respuesta es un hueco.',
  'week.chartLabel':
    'Tu semana y la de tu pareja, del {from} al {to}: un gráfico pequeño por medida del check-in; un día sin check-in queda como hueco',
  'fromLog.chartLabel': 'Mediana de días entre un conflicto y su reparación, mes a mes, de {from} a {to}',
  'fromLog.chartExplain':
    'Un punto al mes: el valor central de las esperas entre un conflicto y su reparación. Un mes con uno o dos conflictos da una cifra aproximada (la tabla dice cuántos); un mes sin conflictos reparados es un hueco.',
  'review.noDays': 'Ningún día con datos en estos dos meses.',
  'review.ratioIn': '{month}: {now}. {previous}: {before}.',
};

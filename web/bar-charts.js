// Inline SVG bar charts: no library, scales with the page width through the viewBox, labels as text nodes.
import { createSvgElement } from './dom.js';

/** Chart geometry in viewBox units; the SVG scales to the container, so these are proportions. */
const CHART_WIDTH = 640;
const ROW_HEIGHT = 22;
const BAR_GAP = 6;
const LABEL_WIDTH = 190;
const VALUE_WIDTH = 40;
const COLUMN_CHART_HEIGHT = 240;
/** Room under the axis for a YYYY-MM-DD label turned 45°. */
const COLUMN_LABEL_HEIGHT = 70;
const COLUMN_VALUE_HEIGHT = 16;
/** Room left of the first column for its slanted label. */
const COLUMN_LEFT_MARGIN = 50;
/** Few days would make each column a slab; this keeps them bar-shaped. */
const MAX_COLUMN_SLOT = 56;
const LABEL_ANGLE_DEGREES = -45;

/**
 * One bar per row, longest value = full width; for many categories with long names (provinces).
 * @param {{ label: string, value: number }[]} rows
 * @param {string} title accessible name
 */
export function createHorizontalBarChart(rows, title) {
  const max = Math.max(1, ...rows.map((row) => row.value));
  const barSpace = CHART_WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const height = Math.max(ROW_HEIGHT, rows.length * ROW_HEIGHT);
  return createSvgElement(
    'svg',
    { class: 'chart', viewBox: `0 0 ${CHART_WIDTH} ${height}`, role: 'img', 'aria-label': title },
    createSvgElement('title', {}, title),
    ...rows.map((row, index) => {
      const y = index * ROW_HEIGHT;
      const width = (row.value / max) * barSpace;
      return createSvgElement(
        'g',
        { 'data-label': row.label },
        createSvgElement(
          'text',
          { x: LABEL_WIDTH - BAR_GAP, y: y + ROW_HEIGHT * 0.7, 'text-anchor': 'end' },
          row.label,
        ),
        createSvgElement('rect', {
          class: 'bar',
          x: LABEL_WIDTH,
          y: y + BAR_GAP / 2,
          width,
          height: ROW_HEIGHT - BAR_GAP,
        }),
        createSvgElement(
          'text',
          { x: LABEL_WIDTH + width + BAR_GAP, y: y + ROW_HEIGHT * 0.7 },
          String(row.value),
        ),
      );
    }),
  );
}

/**
 * One column per row, left to right; for a time series (articles per day).
 * @param {{ label: string, value: number }[]} rows
 * @param {string} title accessible name
 */
export function createColumnChart(rows, title) {
  const max = Math.max(1, ...rows.map((row) => row.value));
  const slot = Math.min(MAX_COLUMN_SLOT, (CHART_WIDTH - COLUMN_LEFT_MARGIN) / Math.max(1, rows.length));
  const plotHeight = COLUMN_CHART_HEIGHT - COLUMN_LABEL_HEIGHT - COLUMN_VALUE_HEIGHT;
  const baseline = COLUMN_VALUE_HEIGHT + plotHeight;
  return createSvgElement(
    'svg',
    {
      class: 'chart',
      viewBox: `0 0 ${CHART_WIDTH} ${COLUMN_CHART_HEIGHT}`,
      role: 'img',
      'aria-label': title,
    },
    createSvgElement('title', {}, title),
    createSvgElement('line', {
      class: 'axis',
      x1: COLUMN_LEFT_MARGIN,
      x2: COLUMN_LEFT_MARGIN + slot * rows.length,
      y1: baseline,
      y2: baseline,
    }),
    ...rows.map((row, index) => {
      const height = (row.value / max) * plotHeight;
      const x = COLUMN_LEFT_MARGIN + index * slot;
      const center = x + slot / 2;
      return createSvgElement(
        'g',
        { 'data-label': row.label },
        createSvgElement('rect', {
          class: 'bar',
          x: x + slot * 0.15,
          y: baseline - height,
          width: slot * 0.7,
          height,
        }),
        createSvgElement(
          'text',
          { x: center, y: baseline - height - 3, 'text-anchor': 'middle' },
          String(row.value),
        ),
        // Dates slant under their column, so many days still fit on a phone.
        createSvgElement(
          'text',
          {
            x: center,
            y: baseline + 12,
            'text-anchor': 'end',
            transform: `rotate(${LABEL_ANGLE_DEGREES} ${center} ${baseline + 12})`,
          },
          row.label,
        ),
      );
    }),
  );
}

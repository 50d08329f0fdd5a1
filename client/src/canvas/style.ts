// The Cytoscape stylesheet: colours, shapes and relation colours come from the schema.
import type { StylesheetJson } from 'cytoscape';
import { ENTITY_KINDS, ENTITY_KIND_NAMES, RELATION_TYPES, RELATION_TYPE_NAMES } from '../../../graph/schema.js';

const FONT = '"Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif';

/** Above this many nodes the canvas switches to the cheap drawing Cytoscape recommends for big graphs. */
export const LARGE_GRAPH = 1000;

/** In a big graph only nodes at least this big (degree 15 and up) and the selected ones carry their names. */
const LABELLED_SIZE = 56;

export function graphStyle(large = false): StylesheetJson {
  return [...(large ? largeRules() : drawingRules()), ...STATE_RULES];
}

const nodeLabelStyle = {
  label: 'data(label)',
  'font-family': FONT,
  'font-size': 13,
  color: '#1f2328',
  'text-valign': 'bottom',
  'text-margin-y': 4,
  'text-max-width': '140px',
  'text-wrap': 'ellipsis',
} as const;

function drawingRules(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        ...nodeLabelStyle,
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        width: 'data(size)',
        height: 'data(size)',
        'border-width': 1,
        'border-color': '#ffffff',
        'min-zoomed-font-size': 7,
      },
    },
    ...kindRules(),
    {
      selector: 'edge',
      style: {
        width: 1.6,
        'curve-style': 'bezier',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        label: 'data(label)',
        'font-family': FONT,
        'font-size': 10,
        color: '#57606a',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        'min-zoomed-font-size': 8,
      },
    },
    ...RELATION_TYPE_NAMES.map((type) => ({
      selector: `edge[type = "${type}"]`,
      style: {
        'line-color': RELATION_TYPES[type].color,
        'target-arrow-color': RELATION_TYPES[type].color,
        ...(RELATION_TYPES[type].symmetric ? { 'target-arrow-shape': 'none' as const } : {}),
      },
    })),
  ];
}

/**
 * A stylesheet of its own rather than overrides: straight edges without labels or arrows, names on hubs only, no
 * outlines. Each property a rule sets is applied to every element it matches, and every label is measured for
 * bounding boxes, fitting and the first frame, drawn or not: at 15,000 elements that is most of the start-up.
 */
function largeRules(): StylesheetJson {
  return [
    { selector: 'node', style: { width: 'data(size)', height: 'data(size)' } },
    { selector: `node[size >= ${LABELLED_SIZE}], node:selected`, style: { ...nodeLabelStyle, 'min-zoomed-font-size': 18 } },
    ...kindRules(),
    { selector: 'edge', style: { 'curve-style': 'haystack', 'haystack-radius': 0, width: 1, opacity: 0.6 } },
    ...RELATION_TYPE_NAMES.map((type) => ({ selector: `edge[type = "${type}"]`, style: { 'line-color': RELATION_TYPES[type].color } })),
  ];
}

function kindRules(): StylesheetJson {
  return ENTITY_KIND_NAMES.map((kind) => ({
    selector: `node[kind = "${kind}"]`,
    style: { 'background-color': ENTITY_KINDS[kind].color, shape: ENTITY_KINDS[kind].shape },
  }));
}

/** Selection, pins, paths, filters and "+N more": last, so they win over the drawing rules. */
const STATE_RULES: StylesheetJson = [
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#0969da' } },
  { selector: 'edge:selected', style: { width: 4, 'line-color': '#0969da', 'target-arrow-color': '#0969da' } },
  { selector: 'node.pinned', style: { 'border-width': 3, 'border-style': 'dashed', 'border-color': '#1f2328' } },
  { selector: '.on-path', style: { 'underlay-color': '#ffd33d', 'underlay-opacity': 0.7, 'underlay-padding': 6, 'z-index': 10 } },
  { selector: 'edge.on-path', style: { width: 5 } },
  { selector: '.filtered', style: { display: 'none' } },
  {
    selector: 'node.more',
    style: {
      shape: 'round-rectangle',
      'background-color': '#f6f8fa',
      'border-color': '#8c959f',
      'border-width': 1,
      'border-style': 'dashed',
      height: 22,
      'text-valign': 'center',
      'text-margin-y': 0,
      'font-size': 11,
      color: '#0969da',
    },
  },
  // The tether of a "+N more" node must never catch a click meant for a real edge.
  { selector: 'edge.more', style: { 'line-style': 'dashed', 'line-color': '#8c959f', 'target-arrow-shape': 'none', label: '', events: 'no' } },
];

const MIN_SIZE = 20;
const MAX_SIZE = 84;

/** Node diameter for a degree: logarithmic and capped, so hubs stand out without covering the rest. */
export function sizeForDegree(degree: number): number {
  return Math.min(MAX_SIZE, Math.round(MIN_SIZE + 9 * Math.log2(1 + Math.max(0, degree))));
}

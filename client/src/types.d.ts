// Type stubs for the Cytoscape extensions that ship without them.
declare module 'cytoscape-fcose' {
  const extension: cytoscape.Ext;
  export default extension;
}

declare module 'cytoscape-svg' {
  const extension: cytoscape.Ext;
  export default extension;
}

declare namespace cytoscape {
  interface Core {
    /** From cytoscape-svg. */
    svg(options?: { full?: boolean; scale?: number; bg?: string }): string;
  }
}

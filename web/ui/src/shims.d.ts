// Libraries of the designer that ship without type declarations: typed where the pages use them.
declare module 'bpmn-js-properties-panel';
declare module 'bpmn-moddle';
declare module 'bpmn-js-differ';

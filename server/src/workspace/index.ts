export * from './workspace';
export { NodeWorkspace, NodeWorkspaceOptions } from './nodeWorkspace';
export { matchesGlob } from './glob';

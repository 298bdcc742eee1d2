/** YAML and JSON with exact positions: the layer every YAML-based source builds on. */
export { parseYaml, parseEmbeddedYaml, splitDocuments } from './parse';

export * from './tree';
export { yamlLimitFindings, yamlProblemFinding, YAML_RULES } from './templates';

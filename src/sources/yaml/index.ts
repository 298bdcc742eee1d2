/** YAML and JSON with exact positions: the layer every YAML-based source builds on. */
export { parseYaml, parseEmbeddedYaml, splitDocuments } from './parse';

export * from './tree';
<<<<<<< HEAD
export { templateMarkers, hasTemplateSyntax, yamlLimitFindings, yamlProblemFinding, YAML_RULES, type TemplateKind, type TemplateMarker } from './templates';
export { YAML_TRIGGER, mayMatter } from './prefilter';
=======
export { yamlProblemFinding, YAML_RULES } from './templates';
export { mayMatter } from './prefilter';
>>>>>>> main

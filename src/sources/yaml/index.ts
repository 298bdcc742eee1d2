/** YAML and JSON with exact positions: the layer every YAML-based source builds on. */
export { parseYaml, parseEmbeddedYaml, splitDocuments, type ParseYamlOptions, type DocumentSlice } from './parse';
export { OffsetMap, composeMappers, type SpanMapper } from './offset-map';
export { decodePlain, decodeSingleQuoted, decodeDoubleQuoted, decodeBlock, type ScalarStyle, type DecodedScalar } from './scalar-text';
export * from './tree';
export { templateMarkers, hasTemplateSyntax, yamlLimitFindings, yamlProblemFinding, YAML_RULES, type TemplateKind, type TemplateMarker } from './templates';
export { YAML_TRIGGER, mayMatter } from './prefilter';

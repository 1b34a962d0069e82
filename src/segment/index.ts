/**
 * Customer segmentation: rules in react-querybuilder's JSON shape validated against a field
 * catalog, compiled to fast CSP-safe JS predicates and to parameterized PostgreSQL with the same
 * results, explained per customer; RFM scoring (JS and SQL), named RFM segments, value pyramids
 * and seeded k-means. Relative times resolve from an explicit `now` in a time zone (default
 * Asia/Tehran, months are Jalali); text compares with Persian search normalisation. Sources and
 * figures: segmentation.md.
 * @module segment
 */
export type { SegmentCatalog, SegmentField, SegmentFieldSql, SegmentFieldType } from './catalogTypes.js';
export type { SegmentPredicate } from './compile.js';
export { compileSegment } from './compile.js';
export type { SegmentErrorCode, SegmentRuleError, SegmentRuleIssue, SegmentRuleIssueCode } from './errors.js';
export type { SegmentConditionExplanation, SegmentExplanation, SegmentGroupExplanation } from './explain.js';
export { explainSegment } from './explain.js';
export type { KmeansCluster, KmeansSegments, KmeansSegmentsOptions } from './kmeans.js';
export { kmeansSegments } from './kmeans.js';
export { kmeansAssign } from './kmeansAssign.js';
export type { KmeansFeature, KmeansModel } from './kmeansPrep.js';
export { SEGMENT_OPERATORS } from './operators.js';
export type { SegmentOptions } from './options.js';
export type { ParseSegmentRuleOptions, SegmentLimits } from './parse.js';
export { parseSegmentRule } from './parse.js';
export type { PyramidLevelSummary, ValuePyramid, ValuePyramidOptions } from './pyramid.js';
export { valuePyramid } from './pyramid.js';
export type { PyramidLevel } from './pyramidLevels.js';
export { METAL_PYRAMID_LEVELS, ZEITHAML_PYRAMID_LEVELS } from './pyramidLevels.js';
export { rfmScores } from './rfm.js';
export type { RfmMapCoverage } from './rfmMap.js';
export { checkRfmMap, rfmSegment } from './rfmMap.js';
export type { RfmSegmentBox, RfmSegmentMap } from './rfmMaps.js';
export { RFM_DEFAULT_MAP, RFM_TABLE_11_MAP } from './rfmMaps.js';
export type { RfmToSqlOptions } from './rfmSql.js';
export { rfmToSql } from './rfmSql.js';
export type { RfmCustomer, RfmScore, RfmScoresOptions, RfmScoring } from './rfmTypes.js';
export type { SegmentToSqlOptions } from './sql.js';
export { segmentToSql } from './sql.js';
export type { SegmentSql, SegmentSqlValue } from './sqlText.js';
export type { SuggestedK, SuggestKOptions } from './suggestK.js';
export { suggestK } from './suggestK.js';
export type {
  JalaliMonthRef,
  RelativeTime,
  SegmentCondition,
  SegmentConditionOf,
  SegmentGroup,
  SegmentOperator,
  SegmentRuleConditionInput,
  SegmentRuleGroupInput,
  SegmentRuleInput,
  SegmentScalar,
} from './types.js';

/** Public API of time/: Arabic time phrases resolved against the publication date. */
export { findTimeExpressions, findTimeExpressionsIn, findCheckedTimeExpressions, type CheckedTimeExpression } from './find-time-expressions.js';
export { describeTime } from './describe-time.js';

/** extract/: report text → {@link Extraction}. What other layers may use. */
export { extractReport, hashText, detectLanguage, MAX_REPORT_CHARACTERS } from './extract-report.js';

/** What other features may use of measures; everything else in this folder is its own. */
export { MeasuresSection } from './MeasuresSection';

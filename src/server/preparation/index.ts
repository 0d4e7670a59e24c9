/** What other features may use of preparation; everything else in this folder is its own. */

export { addGroundingTool } from './add-grounding-tool.js';
export { addIntention } from './add-intention.js';
export { completePreparation } from './complete-preparation.js';
export { currentCourseRow } from './preparation.repository.js';
export { loadIntentions, loadTools, loadTouchPreferences } from './present-preparation.js';
export { singletonRecordId } from './revisions.repository.js';
export { saveCourse } from './save-course.js';
export { saveSafetyPlan } from './save-safety-plan.js';
export { saveTouchPreferences } from './save-touch-preferences.js';

/** The access rules of every feature, gathered for the screens: what a person may do on a chart and in the app. */
export { APP_RULES, appAbilities } from './app-abilities.js';
export { CHART_RULES, chartAbilities } from './chart-abilities.js';

/** The heavy half of the add-in, loaded lazily by service.ts: engine, rules, templates, report sheet. */
export { runEngine, validateSnapshot, type EngineState } from '../domain/engine/validate';
export { revalidate } from '../domain/engine/incremental';
export { reportSheetPlan } from '../domain/report/report-sheet';
export { getTemplate } from '../domain/templates/catalog';
export { renderLayout } from '../domain/templates/render';
export { buildLayout } from '../domain/templates/template';
export { freshCheck, localIso, makeStamp } from '../domain/stamp/stamp';
export { explainable, storedExplanations, toStore, withExplanation } from '../domain/explanations/store';

import { InputError } from '../../input-error.js';
import { defineOperation } from '../operation.js';
import { buildOutputs, buildReport, buildSection } from '../shared/build-report.js';
import { applyPlan, Plan, planSection } from '../shared/plan.js';
import { parseAppInput, resolveApp } from '../shared/resolve-app.js';
import { describeBuild, parseBuildSelector, resolveBuild } from '../shared/resolve-build.js';
import { parseWhatsNew, planWhatsNew } from '../shared/whats-new.js';

/** Creates or updates the What to Test text of one build and locale. */
export const setWhatsNew = defineOperation({
  name: 'set-whats-new',
  parse(inputs) {
    const app = parseAppInput(inputs);
    const build = parseBuildSelector(inputs);
    const whatsNew = parseWhatsNew(inputs);
    if (!whatsNew) {
      throw new InputError(
        'whats-new',
        'it is empty, and so is whats-new-file (and whats-new-from-git is not true); give the text',
      );
    }
    return { app, build, whatsNew };
  },
  async run(context, inputs) {
    const { client, dryRun } = context;
    for (const note of inputs.whatsNew.notes ?? []) context.log.info(note);
    for (const warning of inputs.whatsNew.warnings) context.log.warning(warning);
    const app = await resolveApp(client, inputs.app);
    const build = await resolveBuild(client, app, inputs.build);
    const whatsNew = planWhatsNew(client, build, inputs.whatsNew);
    const plan = new Plan().step(whatsNew.change);
    const applied = await applyPlan(context, plan);
    return {
      result: {
        app,
        build: buildReport(build),
        whatsNew: { locale: whatsNew.locale, change: whatsNew.state },
        plan: plan.records(),
        applied,
      },
      outputs: buildOutputs(build),
      summary: {
        title: `What to Test (${whatsNew.locale}) of build ${describeBuild(build)} of ${app.name}`,
        sections: [buildSection(build), planSection(plan, applied, dryRun)],
      },
    };
  },
});

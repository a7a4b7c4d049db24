import { defineOperation } from '../operation.js';
import { buildOutputs, buildReport, buildSection, waitReport } from '../shared/build-report.js';
import { parseAppInput, resolveApp } from '../shared/resolve-app.js';
import { describeBuild, parseBuildSelector, resolveBuild } from '../shared/resolve-build.js';
import {
  assertProcessedSuccessfully,
  parseProcessingWait,
  waitForProcessing,
} from '../shared/wait-for-processing.js';

/** Waits until the build is processed (the waiting part of `distribute`); writes nothing. */
export const waitForBuild = defineOperation({
  name: 'wait-for-build',
  parse: (inputs) => ({
    app: parseAppInput(inputs),
    build: parseBuildSelector(inputs),
    wait: parseProcessingWait(inputs),
  }),
  async run(context, inputs) {
    const app = await resolveApp(context.client, inputs.app);
    const found = await resolveBuild(context.client, app, inputs.build);
    assertProcessedSuccessfully(found);
    const waited = await waitForProcessing(context, found, inputs.wait);
    const { build } = waited;
    assertProcessedSuccessfully(build);
    context.log.info(`Build ${describeBuild(build)}: ${build.processingState}`);
    return {
      result: {
        app,
        build: buildReport(build),
        wait: waitReport(waited),
      },
      outputs: buildOutputs(build),
      summary: {
        title: waited.timedOut
          ? `Build ${describeBuild(build)} of ${app.name} is still processing`
          : `Build ${describeBuild(build)} of ${app.name} is processed`,
        sections: [buildSection(build)],
      },
    };
  },
});

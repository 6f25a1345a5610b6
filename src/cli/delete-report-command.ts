/** `eventgraph delete-report ID`: retracts a report and whatever only it supported. */
import { readConfig } from '../config.js';
import { deleteReport } from '../graph/index.js';
import { openGraph } from '../main.js';

export async function deleteReportCommand(reportId: string): Promise<void> {
  const opened = await openGraph(readConfig(), (line) => process.stderr.write(`${line}\n`));
  try {
    const outcome = await deleteReport(opened.graph, reportId);
    process.stdout.write(
      `Deleted ${outcome.reportId}: ${outcome.events} event(s), ${outcome.claims} claim(s); ` +
        `${outcome.entitiesRemoved} actor(s), place(s) or source(s) no other report names removed; ` +
        `${outcome.incidentsChanged} incident(s) changed.\n`,
    );
  } finally {
    await opened.close();
  }
}

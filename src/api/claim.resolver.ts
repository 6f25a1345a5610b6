/** Relational fields of Claim: who makes it, what it is about, where it is stated. */
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { readClaimAbout, readEvidence, readSources } from '../graph/read-fields.js';
import { Attribution, Evidence } from './analysis.types.js';
import type { ApiContext } from './context.js';
import { Claim, ClaimSubject, Report } from './graph.types.js';

@Resolver(() => Claim)
export class ClaimResolver {
  @FieldResolver(() => Attribution, { nullable: true, description: 'Who makes the claim.' })
  async claimant(@Root() claim: Claim, @Ctx() context: ApiContext): Promise<Attribution | null> {
    const rows = await context.loaders.field('sources', null, (ids) => readSources(context.graph, ids)).load(claim.id);
    const row = rows[0];
    return row === undefined ? null : ({ claimant: row.node, text: row.text ?? null, role: row.role ?? null } as unknown as Attribution);
  }

  @FieldResolver(() => [ClaimSubject], { description: 'The actors, places and events it is about.' })
  async about(@Root() claim: Claim, @Ctx() context: ApiContext): Promise<Array<typeof ClaimSubject>> {
    const rows = await context.loaders.field('Claim.about', null, (ids) => readClaimAbout(context.graph, ids)).load(claim.id);
    return rows.map((row) => row.node) as unknown as Array<typeof ClaimSubject>;
  }

  @FieldResolver(() => [Evidence])
  async evidence(@Root() claim: Claim, @Ctx() context: ApiContext): Promise<Evidence[]> {
    return (await context.loaders.field('evidence', null, (ids) => readEvidence(context.graph, ids)).load(claim.id)) as unknown as Evidence[];
  }

  @FieldResolver(() => Report)
  async report(@Root() claim: Claim, @Ctx() context: ApiContext): Promise<Report> {
    return (await context.loaders.node('Report').load(claim.reportId)) as unknown as Report;
  }
}

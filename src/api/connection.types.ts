/** The connection types of the API's paged lists, one per node type (ActorConnection, EventConnection…). */
import { ConnectionOf } from './connection.js';
import { Actor, Claim, Event, Location, Report } from './graph.types.js';

export const ActorConnection = ConnectionOf(Actor, 'Actor');
export const LocationConnection = ConnectionOf(Location, 'Location');
export const EventConnection = ConnectionOf(Event, 'Event');
export const ReportConnection = ConnectionOf(Report, 'Report');
export const ClaimConnection = ConnectionOf(Claim, 'Claim');

// Events by type and by date (analyst filters); the participation index incident linking seeks on
// (src/graph/link-incidents.ts: same event type and actor, `linkKey` = 'ATTACK|actor:isis', in a
// date window); and a point index for distance and bounding-box queries on places:
// point.distance(l.point, $p) < $m and point.withinBBox(l.point, $sw, $ne).
CREATE INDEX event_type IF NOT EXISTS FOR (e:Event) ON (e.type);
CREATE INDEX event_date IF NOT EXISTS FOR (e:Event) ON (e.date);
CREATE INDEX participation_link IF NOT EXISTS FOR ()-[p:PARTICIPATED_IN]-() ON (p.linkKey, p.linkFrom);
CREATE INDEX incident_date IF NOT EXISTS FOR (i:Incident) ON (i.date);
CREATE POINT INDEX location_point IF NOT EXISTS FOR (l:Location) ON (l.point);

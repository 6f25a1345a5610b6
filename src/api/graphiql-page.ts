/**
 * The GraphQL IDE at GET /graphql for browsers: GraphiQL 3 and React 18 served from this server's
 * node_modules (no CDN), so it works offline. Programs still GET/POST /graphql as usual.
 */
import express, { type Router } from 'express';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>EventGraph GraphiQL</title>
<style>body{margin:0;height:100vh}#graphiql{height:100vh}</style>
<link rel="stylesheet" href="/graphiql/graphiql.min.css"></head>
<body><div id="graphiql">Loading…</div>
<script src="/graphiql/react.production.min.js"></script>
<script src="/graphiql/react-dom.production.min.js"></script>
<script src="/graphiql/graphiql.min.js"></script>
<script>
  const key = localStorage.getItem('eventgraph-api-key');
  const fetcher = GraphiQL.createFetcher({ url: '/graphql', headers: key ? { authorization: 'Bearer ' + key } : {} });
  ReactDOM.createRoot(document.getElementById('graphiql')).render(React.createElement(GraphiQL, { fetcher, defaultEditorToolsVisibility: true }));
</script></body></html>`;

/** Static assets under /graphiql/, and the page for a browser's GET /graphql (Accept: text/html). */
export function graphiqlRouter(): Router {
  const router = express.Router();
  const files: Record<string, string> = {
    'graphiql.min.css': join(packageDir('graphiql'), 'graphiql.min.css'),
    'graphiql.min.js': join(packageDir('graphiql'), 'graphiql.min.js'),
    'react.production.min.js': join(packageDir('react'), 'umd', 'react.production.min.js'),
    'react-dom.production.min.js': join(packageDir('react-dom'), 'umd', 'react-dom.production.min.js'),
  };
  router.get('/graphiql/:file', (request, response, next) => {
    const file = files[request.params.file];
    if (file === undefined) next();
    else response.sendFile(file, { maxAge: '1d' });
  });
  router.get('/graphql', (request, response, next) => {
    const wantsPage = request.accepts(['application/json', 'text/html']) === 'text/html' && request.query.query === undefined;
    if (wantsPage) response.type('html').send(PAGE);
    else next();
  });
  return router;
}

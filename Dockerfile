# The EventGraph server, for docker-compose (Neo4j runs in its own container there).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npx tsc -p tsconfig.build.json && npm prune --omit=dev --ignore-scripts

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY bin ./bin
COPY src/extract/lexicons ./src/extract/lexicons
COPY schema ./schema
COPY examples ./examples
USER node
EXPOSE 4000
CMD ["node", "bin/eventgraph.js", "serve"]

# The QinQing app (API + workers). The engine is built from engine/ (engine/Dockerfile, see docker-compose.yml).
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json main.ts .bpmnlintrc ./
COPY core core
COPY db db
COPY workers workers
COPY web web
COPY types types
COPY bpmn bpmn
COPY scripts/ui-build.mjs scripts/ui-build.mjs
RUN node node_modules/typescript/bin/tsc -p tsconfig.build.json && node scripts/ui-build.mjs && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production TZ=Asia/Shanghai QQ_PROFILE=production QQ_PORT=3000
WORKDIR /app
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/dist dist
COPY --from=build /app/bpmn bpmn
COPY --from=build /app/.bpmnlintrc .bpmnlintrc
COPY package.json ./
# Attachments live here (a volume in docker-compose.yml), owned by the user the app runs as.
RUN mkdir -p /app/data && chown node:node /app/data
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --retries=5 CMD node -e "fetch('http://127.0.0.1:3000/healthz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node", "dist/main.js"]

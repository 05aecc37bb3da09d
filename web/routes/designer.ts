/** 流程设计 endpoints (designers only, by the access table): models, drafts, the deploy gate, versions and migrations. */
import type { Router } from 'express';
import { actorOf } from '../auth/sessions.js';
import type { AppDeps } from '../deps.js';
import { parse, z } from '../validation.js';
import { checkDrafts, deployDrafts } from '../usecases/designer/deploy.js';
import { discardDraft, listDrafts, saveDraft } from '../usecases/designer/drafts.js';
import { executeMigration, generatePlan, migrationOverview, migrationStatus, validatePlan } from '../usecases/designer/migration.js';
import { currentModels, modelVersions } from '../usecases/designer/models.js';

export function designerRoutes(r: Router, deps: AppDeps): void {
  r.get('/designer/models', async (req, res) => {
    res.json(await currentModels(deps, actorOf(req)));
  });
  r.get('/designer/versions', async (req, res) => {
    res.json(await modelVersions(deps, actorOf(req)));
  });
  r.post('/designer/check', async (req, res) => {
    res.json(await checkDrafts(deps, actorOf(req), req.body));
  });
  r.post('/designer/deploy', async (req, res) => {
    res.status(201).json(await deployDrafts(deps, actorOf(req), req.body));
  });
  r.get('/designer/drafts', async (req, res) => {
    res.json(await listDrafts(deps, actorOf(req)));
  });
  r.put('/designer/drafts', async (req, res) => {
    res.json(await saveDraft(deps, actorOf(req), req.body));
  });
  r.delete('/designer/drafts/:id', async (req, res) => {
    await discardDraft(deps, actorOf(req), parse(z.coerce.number().int().positive(), req.params.id));
    res.status(204).end();
  });
  r.get('/designer/migrations', async (req, res) => {
    res.json(await migrationOverview(deps, actorOf(req)));
  });
  r.post('/designer/migrations/plan', async (req, res) => {
    res.json(await generatePlan(deps, actorOf(req), req.body));
  });
  r.post('/designer/migrations/validate', async (req, res) => {
    res.json(await validatePlan(deps, actorOf(req), req.body));
  });
  r.post('/designer/migrations', async (req, res) => {
    res.status(202).json(await executeMigration(deps, actorOf(req), req.body));
  });
  r.get('/designer/migrations/:batchId', async (req, res) => {
    res.json(await migrationStatus(deps, actorOf(req), req.params.batchId));
  });
}

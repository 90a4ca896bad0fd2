import {
  GRADES,
  INCIDENT_STATUSES,
  MAX_GRADE_REASON_LENGTH,
  type Grade,
  type IncidentStatus,
} from '@corroborate/core';
import type { FastifyInstance } from 'fastify';
import { actorOf } from '../auth/auth-hooks';
import { idParams } from '../http/incident.schemas';
import { ref } from '../http/schema-ref';
import { getIncidentDetail } from '../use-cases/incidents/incident-detail';
import { requireIncident } from '../use-cases/incidents/load-incident';
import { changeAssignee, gradeIncident, transitionIncident } from '../use-cases/incidents/workflow';
import type { RouteContext } from './route-context';

const changeErrors = { 400: ref('Error'), 403: ref('Error'), 404: ref('Error'), 409: ref('Error') };

/** Status transitions, grading with a reason (and its history), assignees. */
export const incidentWorkflowRoutes = (app: FastifyInstance, ctx: RouteContext): void => {
  const { deps } = ctx;

  app.post<{ Params: { id: string }; Body: { to: IncidentStatus } }>(
    '/api/incidents/:id/transitions',
    {
      config: { role: 'analyst' },
      schema: {
        tags: ['workflow'],
        summary:
          'Move the incident to another status; a move the workflow does not allow is 409 invalid_transition',
        params: idParams('id'),
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['to'],
          properties: { to: { type: 'string', enum: [...INCIDENT_STATUSES] } },
        },
        response: { 200: ref('IncidentDetail'), ...changeErrors },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      await transitionIncident(deps, req.params.id, req.body.to, actor);
      return getIncidentDetail(deps.store, req.params.id, actor.role);
    },
  );

  app.put<{ Params: { id: string }; Body: { grade: Grade; reason: string } }>(
    '/api/incidents/:id/grade',
    {
      config: { role: 'analyst' },
      schema: {
        tags: ['workflow'],
        summary: 'Set the grade with a written reason; every change is kept',
        params: idParams('id'),
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['grade', 'reason'],
          properties: {
            grade: { type: 'string', enum: [...GRADES] },
            reason: { type: 'string', minLength: 1, maxLength: MAX_GRADE_REASON_LENGTH },
          },
        },
        response: { 200: ref('IncidentDetail'), ...changeErrors },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      await gradeIncident(deps, req.params.id, req.body.grade, req.body.reason, actor);
      return getIncidentDetail(deps.store, req.params.id, actor.role);
    },
  );

  app.get<{ Params: { id: string } }>(
    '/api/incidents/:id/grades',
    {
      config: { role: 'viewer' },
      schema: {
        tags: ['workflow'],
        summary: 'Every grade the incident has had, oldest first, with who set it and why',
        params: idParams('id'),
        response: {
          200: { type: 'object', properties: { items: { type: 'array', items: ref('GradeEntry') } } },
          404: ref('Error'),
        },
      },
    },
    async (req) => {
      await requireIncident(deps.store, req.params.id);
      return { items: await deps.store.incidents.gradeHistory(req.params.id) };
    },
  );

  app.post<{ Params: { id: string }; Body: { userId: string } }>(
    '/api/incidents/:id/assignees',
    {
      config: { role: 'analyst' },
      schema: {
        tags: ['workflow'],
        summary: 'Assign a user to the incident',
        params: idParams('id'),
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['userId'],
          properties: { userId: { type: 'string', minLength: 1, maxLength: 100 } },
        },
        response: { 200: ref('IncidentDetail'), ...changeErrors },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      await changeAssignee(deps, req.params.id, req.body.userId, 'assign', actor);
      return getIncidentDetail(deps.store, req.params.id, actor.role);
    },
  );

  app.delete<{ Params: { id: string; userId: string } }>(
    '/api/incidents/:id/assignees/:userId',
    {
      config: { role: 'analyst' },
      schema: {
        tags: ['workflow'],
        summary: 'Remove a user from the incident’s assignees',
        params: idParams('id', 'userId'),
        response: { 200: ref('IncidentDetail'), ...changeErrors },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      await changeAssignee(deps, req.params.id, req.params.userId, 'unassign', actor);
      return getIncidentDetail(deps.store, req.params.id, actor.role);
    },
  );
};

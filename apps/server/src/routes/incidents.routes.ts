import { CLAIM_EVENTS, GRADES, INCIDENT_STATUSES } from '@corroborate/core';
import type { FastifyInstance } from 'fastify';
import { actorOf } from '../auth/auth-hooks';
import { idParams, incidentFieldsProperties } from '../http/incident.schemas';
import { ref } from '../http/schema-ref';
import {
  createIncident,
  createIncidentFromClaim,
  type IncidentFieldsInput,
} from '../use-cases/incidents/create-incident';
import { getIncidentDetail } from '../use-cases/incidents/incident-detail';
import { listIncidents, type IncidentListParams } from '../use-cases/incidents/list-incidents';
import { updateIncident } from '../use-cases/incidents/update-incident';
import type { RouteContext } from './route-context';

const day = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;

/** Incidents: list with filters and cursor, create (by hand or from a claim), read, edit. */
export const incidentRoutes = (app: FastifyInstance, ctx: RouteContext): void => {
  const { deps } = ctx;
  const detail = (id: string, role: Parameters<typeof getIncidentDetail>[2]) =>
    getIncidentDetail(deps.store, id, role);

  app.get<{ Querystring: IncidentListParams }>(
    '/api/incidents',
    {
      config: { role: 'viewer' },
      schema: {
        tags: ['incidents'],
        summary: 'List incidents, newest first, with filters and cursor pagination',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            limit: { type: 'integer', minimum: 1, maximum: 200, default: 50 },
            cursor: { type: 'string', maxLength: 200 },
            status: { type: 'string', enum: [...INCIDENT_STATUSES] },
            grade: { type: 'string', enum: [...GRADES] },
            kind: { type: 'string', enum: [...CLAIM_EVENTS] },
            lat: { type: 'number', minimum: -90, maximum: 90 },
            lon: { type: 'number', minimum: -180, maximum: 180 },
            km: { type: 'number', exclusiveMinimum: 0, maximum: 20000 },
            dateFrom: day,
            dateTo: day,
            q: { type: 'string', minLength: 1, maxLength: 200 },
          },
        },
        response: {
          200: {
            type: 'object',
            properties: {
              items: { type: 'array', items: ref('Incident') },
              nextCursor: { type: ['string', 'null'] },
            },
          },
          400: ref('Error'),
        },
      },
    },
    (req) => listIncidents(deps.store, req.query),
  );

  app.post<{ Body: IncidentFieldsInput }>(
    '/api/incidents',
    {
      config: { role: 'analyst' },
      schema: {
        tags: ['incidents'],
        summary: 'Create an incident by hand',
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['title'],
          properties: incidentFieldsProperties,
        },
        response: { 201: ref('IncidentDetail'), 400: ref('Error') },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const incident = await createIncident(deps, req.body, actor);
      return reply.status(201).send(await detail(incident.id, actor.role));
    },
  );

  app.post<{ Body: { claimId: string; title?: string } }>(
    '/api/incidents/from-claim',
    {
      config: { role: 'analyst' },
      schema: {
        tags: ['incidents'],
        summary:
          'Create an incident from a claim (place, dates, kind, perpetrator, victims) and link the claim',
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['claimId'],
          properties: {
            claimId: { type: 'string', minLength: 1, maxLength: 100 },
            title: { type: 'string', minLength: 1, maxLength: 500 },
          },
        },
        response: { 201: ref('IncidentDetail'), 400: ref('Error'), 404: ref('Error'), 409: ref('Error') },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const incident = await createIncidentFromClaim(deps, req.body.claimId, actor, req.body.title);
      return reply.status(201).send(await detail(incident.id, actor.role));
    },
  );

  app.get<{ Params: { id: string } }>(
    '/api/incidents/:id',
    {
      config: { role: 'viewer' },
      schema: {
        tags: ['incidents'],
        summary:
          'One incident with its reconciliation (range per kind, lines, explanation), suggested grade, claims',
        params: idParams('id'),
        response: { 200: ref('IncidentDetail'), 404: ref('Error') },
      },
    },
    (req) => detail(req.params.id, actorOf(req).role),
  );

  app.patch<{ Params: { id: string }; Body: Partial<IncidentFieldsInput> }>(
    '/api/incidents/:id',
    {
      config: { role: 'analyst' },
      schema: {
        tags: ['incidents'],
        summary: 'Edit an incident’s title, place, dates, kinds, perpetrators or victims',
        params: idParams('id'),
        body: {
          type: 'object',
          additionalProperties: false,
          minProperties: 1,
          properties: incidentFieldsProperties,
        },
        response: {
          200: ref('IncidentDetail'),
          400: ref('Error'),
          403: ref('Error'),
          404: ref('Error'),
          409: ref('Error'),
        },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      await updateIncident(deps, req.params.id, req.body, actor);
      return detail(req.params.id, actor.role);
    },
  );
};

import { IdParamsSchema } from '../../contracts/common.js';
import {
  AddEnquiryNoteBodySchema,
  ChangeEnquiryStatusBodySchema,
  EnquiryCountsSchema,
  EnquiryDetailSchema,
  EnquiryFormSchema,
  EnquiryListQuerySchema,
  EnquiryListSchema,
  EnquiryReceivedSchema,
} from '../../contracts/enquiries.contracts.js';
import type { Deps } from '../platform/deps.js';
import { publicErrors, staffErrors } from '../platform/http/route-schemas.js';
import type { ZodApp } from '../platform/http/zod-app.js';
import { addEnquiryNote } from './add-enquiry-note.js';
import { changeEnquiryStatus } from './change-enquiry-status.js';
import { countNewEnquiries } from './count-new-enquiries.js';
import { listEnquiryQueue } from './list-enquiries.js';
import { readEnquiry } from './read-enquiry.js';
import { submitEnquiry } from './submit-enquiry.js';

export function enquiriesRoutes(app: ZodApp, deps: Deps): void {
  const tags = ['enquiries'];

  /** The JSON twin of the public form at /begin, for a practice that embeds the form on its own site. */
  app.post(
    '/api/enquiries',
    { schema: { tags, body: EnquiryFormSchema, response: { 201: EnquiryReceivedSchema, ...publicErrors } } },
    async (request, reply) => {
      await submitEnquiry(deps, request.ctx, request.body);
      return reply.code(201).send({ received: true as const });
    },
  );

  app.get(
    '/api/enquiries',
    { schema: { tags, querystring: EnquiryListQuerySchema, response: { 200: EnquiryListSchema, ...staffErrors } } },
    async (request) => listEnquiryQueue(deps, request.ctx, request.query),
  );

  app.get('/api/enquiries/counts', { schema: { tags, response: { 200: EnquiryCountsSchema, ...staffErrors } } }, async (request) =>
    countNewEnquiries(deps, request.ctx),
  );

  app.get(
    '/api/enquiries/:id',
    { schema: { tags, params: IdParamsSchema, response: { 200: EnquiryDetailSchema, ...staffErrors } } },
    async (request) => readEnquiry(deps, request.ctx, request.params),
  );

  app.post(
    '/api/enquiries/:id/status',
    {
      schema: { tags, params: IdParamsSchema, body: ChangeEnquiryStatusBodySchema, response: { 200: EnquiryDetailSchema, ...staffErrors } },
    },
    async (request) => changeEnquiryStatus(deps, request.ctx, { ...request.params, ...request.body }),
  );

  app.post(
    '/api/enquiries/:id/notes',
    { schema: { tags, params: IdParamsSchema, body: AddEnquiryNoteBodySchema, response: { 200: EnquiryDetailSchema, ...staffErrors } } },
    async (request) => addEnquiryNote(deps, request.ctx, { ...request.params, ...request.body }),
  );
}

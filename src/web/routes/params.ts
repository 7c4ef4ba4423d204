import type { FastifyRequest } from 'fastify';
import { isId } from '../../core/ids.js';

/** The `:id` route parameter when it is a well-formed message id, else '' (never found). */
export function idParam(req: FastifyRequest): string {
  const id = (req.params as { id: string }).id;
  return isId(id) ? id : '';
}

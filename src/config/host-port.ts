import { z } from 'zod';

/** "host:port" with a port in 1..65535 (next hops, relays). */
export const hostPort = z
  .string()
  .regex(/^[^\s:]+:\d{1,5}$/, 'expected "host:port"')
  .refine((v) => {
    const port = Number(v.slice(v.lastIndexOf(':') + 1));
    return port >= 1 && port <= 65535;
  }, 'port must be 1 to 65535');

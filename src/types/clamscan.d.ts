// Minimal types for the parts of `clamscan` 2.x that mailshield uses.
declare module 'clamscan' {
  import type { Readable } from 'node:stream';
  interface ClamdscanOptions {
    socket?: string | false;
    host?: string | false;
    port?: number | false;
    timeout?: number;
    localFallback?: boolean;
    active?: boolean;
    bypassTest?: boolean;
  }
  interface InitOptions {
    removeInfected?: boolean;
    debugMode?: boolean;
    scanLog?: string | null;
    clamscan?: { active?: boolean };
    clamdscan?: ClamdscanOptions;
    preference?: 'clamdscan' | 'clamscan';
  }
  export interface ScanStreamResult {
    isInfected: boolean | null;
    viruses: string[];
    file: string | null;
    resultString?: string;
    timeout?: boolean;
  }
  class NodeClam {
    init(options: InitOptions): Promise<NodeClam>;
    scanStream(stream: Readable): Promise<ScanStreamResult>;
  }
  export default NodeClam;
}

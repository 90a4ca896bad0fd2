import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import type { ResolvedAddress } from './host-resolver';

/**
 * Sends one GET to `url`, connecting only to `pinned`: the custom lookup hands back the address
 * already checked, so the socket cannot be steered elsewhere by a second DNS answer (rebinding).
 */
export const pinnedGet = (url: URL, pinned: ResolvedAddress, signal: AbortSignal): Promise<IncomingMessage> =>
  new Promise((resolve, reject) => {
    const lookup: LookupFunction = (_host, options, callback) => {
      if (options.all) callback(null, [pinned]);
      else callback(null, pinned.address, pinned.family);
    };
    const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = request(
      url,
      {
        method: 'GET',
        lookup,
        agent: false, // a fresh socket each time: a pooled one may lead to another address
        signal,
        headers: {
          'user-agent': 'Corroborate/0.1 (evidence preservation)',
          accept: 'text/html,application/xhtml+xml,text/markdown,text/plain;q=0.9,*/*;q=0.8',
          'accept-encoding': 'gzip, deflate, br',
        },
      },
      resolve,
    );
    req.on('error', reject);
    req.end();
  });

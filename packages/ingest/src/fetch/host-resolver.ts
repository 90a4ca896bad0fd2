import { lookup } from 'node:dns/promises';

/** One answer of a DNS lookup. */
export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** DNS as a port: every address a host name resolves to. */
export type HostResolver = (hostname: string) => Promise<ResolvedAddress[]>;

/** The system resolver (getaddrinfo, so /etc/hosts counts), all addresses in its order. */
export const systemResolver: HostResolver = async (hostname) => {
  const found = await lookup(hostname, { all: true, verbatim: true });
  return found.map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 }));
};

import 'server-only';
import { headers } from 'next/headers';
import { getEnv } from '../env';
import { clientAddress } from './client-address';

/** The client address of the request being handled (for throttles); `unknown` outside a request. */
export async function requestClientAddress(): Promise<string> {
  let requestHeaders: Headers | undefined;
  try {
    requestHeaders = await headers();
  } catch {
    requestHeaders = undefined;
  }
  return clientAddress(requestHeaders, getEnv().trustedProxies);
}

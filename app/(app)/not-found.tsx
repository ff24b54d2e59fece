import { NotFoundMessage } from '@/components/not-found-message';

export const metadata = { title: 'Not found' };

/** Inside the signed-in shell, so the way back is in the navigation as well. */
export default function AppNotFound() {
  return <NotFoundMessage />;
}

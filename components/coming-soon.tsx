import { Card } from './ui/card';

/** An honest placeholder for a screen a later release fills in. */
export function ComingSoon({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{title}</h1>
      <Card>
        <p className="font-semibold">Coming soon</p>
        <p className="mt-1 text-night-600 dark:text-night-300">{children}</p>
      </Card>
    </div>
  );
}

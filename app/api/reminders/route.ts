import { userRoute } from '@/lib/auth/route';
import { localDateOf } from '@/lib/nights';
import { reminderCalendar, reminderFileName } from '@/lib/reminders/calendar';
import { reminderRequestSchema } from '@/lib/validation/reminders';

/** A reminder as a recurring calendar event in the signed-in user's time zone (no health data in it). */
export const GET = userRoute({ input: reminderRequestSchema }, async ({ input, user, request }) => {
  const ics = reminderCalendar({
    ...input,
    timeZone: user.timeZone,
    firstDay: localDateOf(new Date(), user.timeZone),
    origin: new URL(process.env.NEXTAUTH_URL || request.url).origin,
  });
  return new Response(ics, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="${reminderFileName(input.kind)}"`,
    },
  });
});

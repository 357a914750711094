import { useEffect, useState } from 'react';
import { bangkokDateOf, startOfBangkokDay } from '../../utils/calendar/bangkok';
import { bangkokDayNumber } from '../../utils/calendar/bangkok-day';
import { addDays } from '../../utils/calendar/plain-date';

/**
 * The instant the workspace counts days from: when it opened, moved on at each Bangkok midnight, so a plan
 * left open overnight says how many days are left today and which rounds are now overdue. A timer waits
 * for midnight; a computer asleep then may wake with the timer late, so coming back to the page (shown or
 * focused again) also looks at the clock.
 */
export function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const moveOnIfNewDay = () => {
      const current = Date.now();
      if (bangkokDayNumber(current) !== bangkokDayNumber(now)) setNow(current);
    };
    const midnight = startOfBangkokDay(addDays(bangkokDateOf(now), 1));
    // Once past midnight the clock is read again; a timer that ran early simply waits for midnight anew.
    const timer = setTimeout(() => setNow(Date.now()), midnight - Date.now() + 1);
    document.addEventListener('visibilitychange', moveOnIfNewDay);
    window.addEventListener('focus', moveOnIfNewDay);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', moveOnIfNewDay);
      window.removeEventListener('focus', moveOnIfNewDay);
    };
  }, [now]);
  return now;
}

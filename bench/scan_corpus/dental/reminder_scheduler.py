"""Schedules SMS appointment reminders.

Reminders go out 48h and 2h before the appointment. A small random jitter
spreads the load on the SMS gateway so that hundreds of 09:00 appointments
don't all fire in the same second.
"""
import random
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass
class ReminderSettings:
    offsets: tuple[timedelta, ...] = (timedelta(hours=48), timedelta(hours=2))
    max_jitter_seconds: int = 300
    quiet_start_hour: int = 21
    quiet_end_hour: int = 8


@dataclass
class ScheduledReminder:
    appointment_id: int
    send_at: datetime
    opt_out_code: str


class ReminderScheduler:
    def __init__(self, queue, settings: ReminderSettings | None = None, rng: random.Random | None = None):
        self.queue = queue
        self.settings = settings or ReminderSettings()
        self._rng = rng or random.Random()

    def _jitter(self) -> timedelta:
        return timedelta(seconds=self._rng.uniform(0, self.settings.max_jitter_seconds))

    def _shift_out_of_quiet_hours(self, when: datetime) -> datetime:
        evening = self.settings.quiet_start_hour - 1
        if when.hour >= self.settings.quiet_start_hour:
            return when.replace(hour=evening, minute=30)
        if when.hour < self.settings.quiet_end_hour:
            return (when - timedelta(days=1)).replace(hour=evening, minute=30)
        return when

    def schedule(self, appointment_id: int, starts_at: datetime) -> list[ScheduledReminder]:
        reminders = []
        for offset in self.settings.offsets:
            send_at = self._shift_out_of_quiet_hours(starts_at - offset + self._jitter())
            reminder = ScheduledReminder(
                appointment_id=appointment_id,
                send_at=send_at,
                opt_out_code=secrets.token_urlsafe(12),
            )
            self.queue.enqueue(reminder)
            reminders.append(reminder)
        return reminders

"""Schedules retries for appointment reminder SMS messages that the gateway rejected."""
from __future__ import annotations

import random
import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone


@dataclass
class RetryPolicy:
    base_delay: timedelta = timedelta(minutes=2)
    max_delay: timedelta = timedelta(hours=1)
    max_attempts: int = 5
    jitter_ratio: float = 0.25


@dataclass
class PendingReminder:
    appointment_id: int
    phone: str
    body: str
    attempts: int = 0
    delivery_ref: str = field(default_factory=lambda: secrets.token_urlsafe(12))


class ReminderRetryScheduler:
    def __init__(self, policy: RetryPolicy | None = None, rng: random.Random | None = None):
        self.policy = policy or RetryPolicy()
        self.rng = rng or random.Random()

    def _backoff(self, attempts: int) -> timedelta:
        raw = self.policy.base_delay * (2 ** max(attempts - 1, 0))
        capped = min(raw, self.policy.max_delay)
        spread = capped.total_seconds() * self.policy.jitter_ratio
        return capped + timedelta(seconds=self.rng.uniform(-spread, spread))

    def next_attempt(self, reminder: PendingReminder, now: datetime | None = None) -> datetime | None:
        reminder.attempts += 1
        if reminder.attempts > self.policy.max_attempts:
            return None
        now = now or datetime.now(timezone.utc)
        return now + self._backoff(reminder.attempts)

    def plan(self, reminders: list[PendingReminder]) -> list[tuple[str, datetime]]:
        schedule = []
        for reminder in reminders:
            when = self.next_attempt(reminder)
            if when is not None:
                schedule.append((reminder.delivery_ref, when))
        return sorted(schedule, key=lambda item: item[1])

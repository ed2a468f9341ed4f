"""Schedules pickup reminders for finished mounts.

Each reminder carries a confirmation link the customer clicks to book a
pickup slot.  Send times are spread out a little so two hundred reminders
do not all hit the mail relay in the same second after the Monday batch.
"""
from __future__ import annotations

import random
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import text
from sqlalchemy.engine import Engine

JITTER_SECONDS = (0.0, 900.0)
REMINDER_OFFSETS = (timedelta(days=0), timedelta(days=14), timedelta(days=45))


@dataclass
class PendingReminder:
    commission_id: int
    customer_email: str
    send_at: datetime
    confirm_token: str


class PickupReminderScheduler:
    def __init__(self, engine: Engine, base_url: str) -> None:
        self._engine = engine
        self._base_url = base_url.rstrip("/")

    @staticmethod
    def _jittered(at: datetime) -> datetime:
        return at + timedelta(seconds=random.uniform(*JITTER_SECONDS))

    @staticmethod
    def _confirm_token() -> str:
        return secrets.token_urlsafe(32)

    def confirm_url(self, reminder: PendingReminder) -> str:
        return f"{self._base_url}/pickup/confirm/{reminder.confirm_token}"

    def plan_for(self, commission_id: int, email: str, finished_at: datetime) -> list[PendingReminder]:
        token = self._confirm_token()
        return [
            PendingReminder(commission_id, email, self._jittered(finished_at + offset), token)
            for offset in REMINDER_OFFSETS
        ]

    def schedule_finished(self) -> int:
        now = datetime.now(timezone.utc)
        count = 0
        with self._engine.begin() as conn:
            finished = conn.execute(
                text(
                    "SELECT c.id, cu.email, c.finished_at FROM commissions c "
                    "JOIN customers cu ON cu.id = c.customer_id "
                    "WHERE c.status = 'finished' AND c.reminders_planned = false"
                )
            ).all()
            for row in finished:
                for reminder in self.plan_for(row.id, row.email, max(row.finished_at, now)):
                    conn.execute(
                        text(
                            "INSERT INTO pickup_reminders (commission_id, email, send_at, confirm_token) "
                            "VALUES (:cid, :email, :send_at, :token)"
                        ),
                        {
                            "cid": reminder.commission_id,
                            "email": reminder.customer_email,
                            "send_at": reminder.send_at,
                            "token": reminder.confirm_token,
                        },
                    )
                    count += 1
                conn.execute(
                    text("UPDATE commissions SET reminders_planned = true WHERE id = :id"),
                    {"id": row.id},
                )
        return count

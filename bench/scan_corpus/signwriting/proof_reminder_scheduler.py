"""Schedule follow-up emails for proofs the customer has not yet answered.

Reminders are spread out with a little random jitter so a batch of proofs
sent at the same moment does not produce a burst of email at the same
minute two days later.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from celery import Celery

celery_app = Celery("signshop")

FIRST_REMINDER = timedelta(days=2)
SECOND_REMINDER = timedelta(days=5)
JITTER_MINUTES = 45


@dataclass
class PendingProof:
    proof_id: int
    customer_email: str
    sent_at: datetime
    reminders_sent: int


def _jitter() -> timedelta:
    return timedelta(minutes=random.uniform(-JITTER_MINUTES, JITTER_MINUTES))


def next_reminder_at(proof: PendingProof) -> datetime | None:
    if proof.reminders_sent == 0:
        return proof.sent_at + FIRST_REMINDER + _jitter()
    if proof.reminders_sent == 1:
        return proof.sent_at + SECOND_REMINDER + _jitter()
    return None


@celery_app.task(name="proofs.send_reminder")
def send_reminder(proof_id: int) -> None:
    from workshop.proofs import mail_proof_reminder

    mail_proof_reminder(proof_id)


def schedule_reminders(pending: list[PendingProof]) -> int:
    scheduled = 0
    now = datetime.now(timezone.utc)
    for proof in pending:
        when = next_reminder_at(proof)
        if when is None:
            continue
        send_reminder.apply_async(args=[proof.proof_id], eta=max(when, now))
        scheduled += 1
    return scheduled

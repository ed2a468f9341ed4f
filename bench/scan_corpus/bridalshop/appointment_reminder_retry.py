"""Sends SMS reminders for fitting appointments with backoff on provider errors."""
from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass
from datetime import datetime
from typing import Callable

log = logging.getLogger("reminders")


@dataclass
class BackoffPolicy:
    attempts: int = 5
    base_delay: float = 1.5
    cap: float = 60.0
    jitter: Callable[[float, float], float] = random.uniform


@dataclass
class Appointment:
    bride_name: str
    phone: str
    starts_at: datetime
    kind: str = "second fitting"


class TransientSmsError(Exception):
    pass


def reminder_text(appt: Appointment) -> str:
    when = appt.starts_at.strftime("%A %d %B at %H:%M")
    return f"Hi {appt.bride_name}, a reminder of your {appt.kind} on {when}. Reply C to confirm."


def send_with_backoff(send: Callable[[str, str], None], appt: Appointment, policy: BackoffPolicy = BackoffPolicy()) -> bool:
    message = reminder_text(appt)
    for attempt in range(1, policy.attempts + 1):
        try:
            send(appt.phone, message)
            return True
        except TransientSmsError as exc:
            ceiling = min(policy.cap, policy.base_delay * 2 ** attempt)
            delay = policy.jitter(0, ceiling)
            log.warning("attempt %d for %s failed (%s); retrying in %.1fs", attempt, appt.phone[-4:], exc, delay)
            time.sleep(delay)
    return False


def run_daily(appointments: list[Appointment], send: Callable[[str, str], None]) -> dict[str, int]:
    stats = {"sent": 0, "failed": 0}
    for appt in appointments:
        stats["sent" if send_with_backoff(send, appt) else "failed"] += 1
    return stats

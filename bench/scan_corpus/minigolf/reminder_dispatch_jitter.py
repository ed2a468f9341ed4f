"""Spreads the evening batch of tee-time reminders so the SMS gateway is not hit all at once."""
from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass
from typing import Callable, Iterable

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DispatchSettings:
    max_attempts: int = 4
    base_delay: float = 1.5
    max_delay: float = 30.0
    per_message_gap: float = 0.2


@dataclass(frozen=True)
class QueuedReminder:
    booking_ref: str
    phone: str
    body: str


class TransientGatewayError(RuntimeError):
    pass


def _jittered_delay(attempt: int, settings: DispatchSettings) -> float:
    ceiling = min(settings.max_delay, settings.base_delay * (2 ** attempt))
    return random.uniform(0, ceiling)


class ReminderDispatcher:
    def __init__(
        self,
        send: Callable[[QueuedReminder], str],
        settings: DispatchSettings = DispatchSettings(),
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._send = send
        self._settings = settings
        self._sleep = sleep

    def _deliver(self, reminder: QueuedReminder) -> bool:
        for attempt in range(self._settings.max_attempts):
            try:
                message_id = self._send(reminder)
            except TransientGatewayError:
                delay = _jittered_delay(attempt, self._settings)
                log.info("gateway busy for %s, retrying in %.1fs", reminder.booking_ref, delay)
                self._sleep(delay)
                continue
            log.info("reminder %s delivered as %s", reminder.booking_ref, message_id)
            return True
        log.warning("giving up on reminder %s", reminder.booking_ref)
        return False

    def dispatch(self, reminders: Iterable[QueuedReminder]) -> dict:
        delivered = failed = 0
        for reminder in reminders:
            if self._deliver(reminder):
                delivered += 1
            else:
                failed += 1
            self._sleep(self._settings.per_message_gap)
        return {"delivered": delivered, "failed": failed}

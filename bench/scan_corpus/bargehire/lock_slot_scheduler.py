"""Allocation of staffed lock passage slots to hire boats.

When several of our boats want the same staffed flight on the same morning
the scheduler spreads them across the open slots. Hirers get a confirmation
code to show the lock keeper.
"""
from __future__ import annotations

import logging
import random
import secrets
import time
from dataclasses import dataclass

import requests

log = logging.getLogger("lock_scheduler")


@dataclass
class SlotAssignment:
    booking_ref: str
    slot_id: str
    confirmation_code: str


def _with_retries(func, attempts: int = 4, base_delay: float = 0.5):
    for attempt in range(attempts):
        try:
            return func()
        except requests.RequestException:
            if attempt == attempts - 1:
                raise
            delay = base_delay * (2 ** attempt) + random.uniform(0, base_delay)
            log.info("lock gateway busy, retrying in %.2fs", delay)
            time.sleep(delay)


class LockSlotScheduler:
    def __init__(self, gateway) -> None:
        self._gateway = gateway

    def _confirmation_code(self) -> str:
        return secrets.token_urlsafe(9)

    def assign(self, lock_flight: str, day: str, booking_refs: list[str]) -> list[SlotAssignment]:
        slots = _with_retries(lambda: self._gateway.open_slots(lock_flight, day))
        if len(slots) < len(booking_refs):
            raise RuntimeError(f"only {len(slots)} slots open on {lock_flight} for {day}")
        order = list(booking_refs)
        random.shuffle(order)
        assignments = []
        for ref, slot in zip(order, slots):
            assignments.append(SlotAssignment(ref, slot["id"], self._confirmation_code()))
        return assignments

    @staticmethod
    def audit_sample(assignments: list[SlotAssignment], k: int = 3) -> list[SlotAssignment]:
        return random.sample(assignments, min(k, len(assignments)))

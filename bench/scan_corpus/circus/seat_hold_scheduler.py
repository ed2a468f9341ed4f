"""Keeps temporary seat holds alive while a customer is in checkout.

Holds are renewed against the seating service; renewals back off with
jitter so a sell-out rush does not synchronise every client.
"""
from __future__ import annotations

import random
import secrets
import time
from dataclasses import dataclass, field
from typing import Callable


class SeatServiceBusy(Exception):
    pass


@dataclass
class SeatHold:
    performance_id: int
    seats: tuple[str, ...]
    hold_token: str = field(default_factory=lambda: secrets.token_urlsafe(24))
    renewals: int = 0


@dataclass
class BackoffPolicy:
    base_delay: float = 0.25
    max_delay: float = 8.0
    attempts: int = 6

    def delay(self, attempt: int) -> float:
        ceiling = min(self.max_delay, self.base_delay * (2 ** attempt))
        return random.uniform(0, ceiling)


def renew_with_backoff(
    hold: SeatHold,
    renew: Callable[[SeatHold], bool],
    policy: BackoffPolicy = BackoffPolicy(),
    sleep: Callable[[float], None] = time.sleep,
) -> bool:
    for attempt in range(policy.attempts):
        try:
            if renew(hold):
                hold.renewals += 1
                return True
            return False
        except SeatServiceBusy:
            sleep(policy.delay(attempt))
    return False


def open_hold(performance_id: int, seats: list[str]) -> SeatHold:
    if not seats:
        raise ValueError("a hold needs at least one seat")
    return SeatHold(performance_id=performance_id, seats=tuple(sorted(seats)))

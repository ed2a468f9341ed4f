"""Supervisor override codes on the packing line.

When a checkweigher rejects a run of cartons or a lot label needs to be
reprinted, the line stops until a supervisor enters the six digit code from
their authenticator app on the HMI.
"""
import logging
import time
from dataclasses import dataclass
from typing import Iterable, Optional

import pyotp

log = logging.getLogger("packing.override")

DRIFT_STEPS = 1
MAX_FAILURES = 5


@dataclass
class Supervisor:
    badge_id: str
    name: str
    totp_secret: str


def _window_codes(secret: str, now: float, drift: int = DRIFT_STEPS) -> set:
    totp = pyotp.TOTP(secret)
    return {totp.at(now + step * totp.interval) for step in range(-drift, drift + 1)}


class OverridePanel:
    def __init__(self, supervisors: Iterable[Supervisor], line_id: str):
        self._by_badge = {s.badge_id: s for s in supervisors}
        self._line_id = line_id
        self._failures = {}

    def authorise(self, badge_id: str, code: str, reason: str) -> Optional[Supervisor]:
        sup = self._by_badge.get(badge_id)
        if sup is None:
            log.warning("line %s: override attempt with unknown badge %s", self._line_id, badge_id)
            return None
        if self._failures.get(badge_id, 0) >= MAX_FAILURES:
            log.warning("line %s: overrides locked for %s", self._line_id, sup.name)
            return None
        if code in _window_codes(sup.totp_secret, time.time()):
            self._failures.pop(badge_id, None)
            log.info("line %s: override by %s (%s)", self._line_id, sup.name, reason)
            return sup
        self._failures[badge_id] = self._failures.get(badge_id, 0) + 1
        log.warning("line %s: wrong override code from %s", self._line_id, sup.name)
        return None

    def unlock(self, badge_id: str) -> None:
        self._failures.pop(badge_id, None)

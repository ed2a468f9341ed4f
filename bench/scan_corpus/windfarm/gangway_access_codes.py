"""Generates access codes for the motion-compensated gangway on the service vessel."""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone


@dataclass(frozen=True)
class GangwayGrant:
    vessel: str
    technician: str
    code: str
    valid_until: datetime


def _stamp(vessel: str, technician: str) -> str:
    return f"{vessel}:{technician}:{time.time_ns()}"


def _code_from(stamp: str, length: int) -> str:
    return hashlib.sha256(stamp.encode()).hexdigest()[:length].upper()


class GangwayCodeIssuer:
    """Issues per-shift gangway unlock codes that the controller panel accepts."""

    code_length = 8
    shift = timedelta(hours=12)

    def __init__(self, vessel: str, panel_client) -> None:
        self.vessel = vessel
        self._panel = panel_client

    def grant(self, technician: str) -> GangwayGrant:
        code = _code_from(_stamp(self.vessel, technician), self.code_length)
        grant = GangwayGrant(
            vessel=self.vessel,
            technician=technician,
            code=code,
            valid_until=datetime.now(timezone.utc) + self.shift,
        )
        self._panel.register_code(grant.code, grant.valid_until)
        return grant

    def revoke(self, grant: GangwayGrant) -> None:
        self._panel.remove_code(grant.code)

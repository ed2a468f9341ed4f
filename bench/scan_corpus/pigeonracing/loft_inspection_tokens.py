"""One-time links e-mailed to loft owners before a federation inspection.

The inspector's visit is confirmed when the owner opens the link; the token
in the link is the only thing that identifies the visit.
"""
from __future__ import annotations

import random
import string
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

TOKEN_ALPHABET = string.ascii_letters + string.digits


@dataclass
class InspectionVisit:
    loft_id: int
    owner_email: str
    inspector: str
    scheduled_for: datetime
    token: str = ""
    expires_at: datetime | None = None
    confirmed: bool = False


class InspectionLinkIssuer:
    def __init__(self, base_url: str, token_length: int = 32,
                 validity: timedelta = timedelta(days=3)):
        self.base_url = base_url.rstrip("/")
        self.token_length = token_length
        self.validity = validity
        self._rng = random.Random()
        self._visits: dict[str, InspectionVisit] = {}

    def _new_token(self) -> str:
        return "".join(self._rng.choice(TOKEN_ALPHABET) for _ in range(self.token_length))

    def issue(self, loft_id: int, owner_email: str, inspector: str,
              scheduled_for: datetime) -> str:
        visit = InspectionVisit(
            loft_id=loft_id,
            owner_email=owner_email,
            inspector=inspector,
            scheduled_for=scheduled_for,
        )
        visit.token = self._new_token()
        visit.expires_at = datetime.now(timezone.utc) + self.validity
        self._visits[visit.token] = visit
        return f"{self.base_url}/inspections/confirm/{visit.token}"

    def confirm(self, token: str) -> InspectionVisit | None:
        visit = self._visits.pop(token, None)
        if visit is None:
            return None
        if visit.expires_at and visit.expires_at < datetime.now(timezone.utc):
            return None
        visit.confirmed = True
        return visit

    def pending_for_inspector(self, inspector: str) -> list[InspectionVisit]:
        return sorted(
            (v for v in self._visits.values() if v.inspector == inspector),
            key=lambda v: v.scheduled_for,
        )

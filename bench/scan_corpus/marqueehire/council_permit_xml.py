"""Reader for temporary structure permit responses from the council portal.

Marquees over a certain size at public events need a temporary structure
notice. The council portal returns its decision as an XML document, which
we read to update the booking's compliance checklist.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import date
from typing import List, Optional

import requests
from defusedxml import ElementTree as SafeET

log = logging.getLogger(__name__)

PORTAL_URL = os.environ.get("COUNCIL_PORTAL_URL", "https://planning-portal.council.example/api")


@dataclass
class PermitDecision:
    application_ref: str
    status: str
    decided_on: Optional[date]
    conditions: List[str]


def parse_decision(payload: bytes) -> PermitDecision:
    root = SafeET.fromstring(payload)
    decided = root.findtext("DecisionDate")
    return PermitDecision(
        application_ref=root.findtext("ApplicationReference", default="").strip(),
        status=root.findtext("Status", default="pending").strip().lower(),
        decided_on=date.fromisoformat(decided) if decided else None,
        conditions=[c.text.strip() for c in root.iterfind("Conditions/Condition") if c.text],
    )


class CouncilPermits:
    def __init__(self, api_key: str | None = None) -> None:
        self._session = requests.Session()
        self._session.headers["X-Portal-Key"] = api_key or os.environ["COUNCIL_PORTAL_KEY"]

    def decision(self, application_ref: str) -> PermitDecision:
        resp = self._session.get(
            f"{PORTAL_URL}/temporary-structures/{application_ref}/decision", timeout=20
        )
        resp.raise_for_status()
        return parse_decision(resp.content)

    def refresh_bookings(self, bookings) -> int:
        updated = 0
        for booking in bookings:
            decision = self.decision(booking.permit_ref)
            if decision.status != booking.permit_status:
                booking.update_permit(decision.status, decision.conditions)
                log.info("permit %s for %s now %s", decision.application_ref, booking.reference, decision.status)
                updated += 1
        return updated

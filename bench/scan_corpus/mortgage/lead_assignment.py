"""Distributes inbound web leads across available loan officers.

Officers with more open capacity get proportionally more leads; ties are broken
randomly so the same officer is not always first in line.
"""
from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone


@dataclass
class LoanOfficer:
    nmls_id: str
    name: str
    licensed_states: set[str]
    max_active: int
    active_count: int = 0

    @property
    def capacity(self) -> int:
        return max(self.max_active - self.active_count, 0)


@dataclass
class Lead:
    state: str
    loan_purpose: str
    lead_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    received_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))
    assigned_to: str | None = None


class LeadRouter:
    def __init__(self, officers: list[LoanOfficer], rng: random.Random | None = None) -> None:
        self.officers = officers
        self._rng = rng or random.Random()

    def eligible(self, lead: Lead) -> list[LoanOfficer]:
        return [o for o in self.officers if lead.state in o.licensed_states and o.capacity > 0]

    def assign(self, lead: Lead) -> LoanOfficer | None:
        pool = self.eligible(lead)
        if not pool:
            return None
        chosen = self._rng.choices(pool, weights=[o.capacity for o in pool], k=1)[0]
        chosen.active_count += 1
        lead.assigned_to = chosen.nmls_id
        return chosen

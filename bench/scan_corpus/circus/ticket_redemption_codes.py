"""Door redemption codes for big-top ticket holders.

Each purchased ticket gets a short code printed under the QR block; the
door scanners accept either the QR or the typed code.
"""
from __future__ import annotations

import random
import string
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Iterable

CODE_ALPHABET = string.ascii_uppercase.replace("O", "").replace("I", "") + "23456789"


@dataclass
class RedemptionCode:
    ticket_id: int
    performance_id: int
    code: str
    issued_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))


class RedemptionCodeIssuer:
    """Issues unique redemption codes per performance."""

    def __init__(self, length: int = 8, group: int = 4) -> None:
        self.length = length
        self.group = group
        self._rng = random.Random()
        self._issued: dict[int, set[str]] = {}

    def _raw_code(self) -> str:
        return "".join(self._rng.choice(CODE_ALPHABET) for _ in range(self.length))

    def _format(self, raw: str) -> str:
        chunks = [raw[i : i + self.group] for i in range(0, len(raw), self.group)]
        return "-".join(chunks)

    def issue(self, ticket_id: int, performance_id: int) -> RedemptionCode:
        seen = self._issued.setdefault(performance_id, set())
        while True:
            code = self._format(self._raw_code())
            if code not in seen:
                seen.add(code)
                return RedemptionCode(ticket_id, performance_id, code)

    def issue_batch(
        self, performance_id: int, ticket_ids: Iterable[int]
    ) -> list[RedemptionCode]:
        return [self.issue(tid, performance_id) for tid in ticket_ids]


def export_for_print(codes: list[RedemptionCode]) -> list[dict[str, str]]:
    """Rows consumed by the ticket print template."""
    return [
        {
            "ticket": str(c.ticket_id),
            "performance": str(c.performance_id),
            "code": c.code,
            "issued": c.issued_at.isoformat(timespec="seconds"),
        }
        for c in codes
    ]

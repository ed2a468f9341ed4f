"""Sync foot measurements between the fitting-room tablet and the central records.

Each measurement record carries a revision number and a content checksum; the
tablet sends what it has, and we decide whether to accept, ignore, or flag a
conflict for the fitter to resolve.
"""
import enum
import hashlib
import json
from dataclasses import asdict, dataclass
from typing import Optional


class SyncOutcome(enum.Enum):
    ACCEPTED = "accepted"
    UNCHANGED = "unchanged"
    CONFLICT = "conflict"


@dataclass
class FootMeasurement:
    customer_id: int
    side: str  # "L" or "R"
    length_mm: float
    ball_girth_mm: float
    waist_girth_mm: float
    instep_girth_mm: float
    heel_girth_mm: float
    revision: int
    taken_by: str


def checksum(m: FootMeasurement) -> str:
    fields = {k: v for k, v in asdict(m).items() if k not in ("revision", "taken_by")}
    return hashlib.sha256(json.dumps(fields, sort_keys=True).encode()).hexdigest()


def reconcile(local: Optional[FootMeasurement], incoming: FootMeasurement,
              base_revision: int) -> SyncOutcome:
    if local is None:
        return SyncOutcome.ACCEPTED
    if checksum(local) == checksum(incoming):
        return SyncOutcome.UNCHANGED
    if local.revision == base_revision:
        return SyncOutcome.ACCEPTED
    return SyncOutcome.CONFLICT


def apply_batch(repo, batch: list[dict]) -> dict[str, int]:
    tally = {o.value: 0 for o in SyncOutcome}
    for item in batch:
        incoming = FootMeasurement(**item["measurement"])
        local = repo.get(incoming.customer_id, incoming.side)
        outcome = reconcile(local, incoming, item["base_revision"])
        if outcome is SyncOutcome.ACCEPTED:
            incoming.revision = (local.revision + 1) if local else 1
            repo.save(incoming)
        elif outcome is SyncOutcome.CONFLICT:
            repo.flag_conflict(incoming.customer_id, incoming.side, incoming)
        tally[outcome.value] += 1
    return tally

"""Two-way sync of crew job sheets between the tablets and the office.

Tablets work offline on site and upload edits when they get signal. Each
sheet carries a version counter; the office rejects stale uploads and asks
the tablet to merge. Completed sheets are frozen.
"""
from dataclasses import dataclass, field
from enum import Enum
from typing import Dict, List


class SheetStatus(str, Enum):
    DRAFT = "draft"
    IN_PROGRESS = "in_progress"
    COMPLETE = "complete"
    INVOICED = "invoiced"


FROZEN = {SheetStatus.COMPLETE, SheetStatus.INVOICED}


@dataclass
class JobSheet:
    job_ref: str
    version: int
    status: SheetStatus
    slates_used: int = 0
    notes: List[str] = field(default_factory=list)


@dataclass
class SyncResult:
    job_ref: str
    outcome: str
    server_version: int


class SheetSync:
    def __init__(self, store: Dict[str, JobSheet]) -> None:
        self.store = store

    def apply(self, incoming: JobSheet, based_on: int) -> SyncResult:
        current = self.store.get(incoming.job_ref)
        if current is None:
            self.store[incoming.job_ref] = incoming
            return SyncResult(incoming.job_ref, "created", incoming.version)
        if current.status in FROZEN:
            return SyncResult(current.job_ref, "frozen", current.version)
        if based_on != current.version:
            return SyncResult(current.job_ref, "conflict", current.version)
        incoming.version = current.version + 1
        if incoming.status == SheetStatus.COMPLETE and current.status == SheetStatus.DRAFT:
            return SyncResult(current.job_ref, "must_start_first", current.version)
        self.store[incoming.job_ref] = incoming
        return SyncResult(incoming.job_ref, "updated", incoming.version)

    def apply_batch(self, batch: List[tuple]) -> List[SyncResult]:
        return [self.apply(sheet, based_on) for sheet, based_on in batch]

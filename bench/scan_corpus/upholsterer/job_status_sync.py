"""Sync job-ticket status changes from the workshop floor tablets.

Tablets work offline and push batches of changes when they reconnect. Each
change carries the ticket revision the tablet last saw, so we can detect
edits that raced with the office.
"""
from dataclasses import dataclass
from enum import Enum

from sqlalchemy.orm import Session

from workshop.models import JobTicket, TicketHistory


class Stage(str, Enum):
    AWAITING_FABRIC = "awaiting_fabric"
    STRIPPED = "stripped"
    FRAME_REPAIR = "frame_repair"
    SPRUNG = "sprung"
    COVERED = "covered"
    READY = "ready_for_delivery"


@dataclass
class TabletChange:
    ticket_id: int
    base_revision: int
    new_stage: Stage
    upholsterer: str


@dataclass
class SyncResult:
    applied: list[int]
    conflicts: list[int]


def apply_changes(db: Session, changes: list[TabletChange]) -> SyncResult:
    result = SyncResult(applied=[], conflicts=[])
    for change in changes:
        ticket = db.get(JobTicket, change.ticket_id)
        if ticket is None:
            continue
        if ticket.revision != change.base_revision:
            result.conflicts.append(change.ticket_id)
            continue
        if ticket.stage == change.new_stage.value:
            continue
        db.add(TicketHistory(ticket_id=ticket.id, from_stage=ticket.stage,
                             to_stage=change.new_stage.value, by=change.upholsterer))
        ticket.stage = change.new_stage.value
        ticket.revision += 1
        if change.new_stage == Stage.READY:
            ticket.ready_for_round = True
        result.applied.append(change.ticket_id)
    db.commit()
    return result

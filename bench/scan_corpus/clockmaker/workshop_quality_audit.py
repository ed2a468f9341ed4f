"""Monthly quality audit of completed repairs.

The workshop manager re-inspects a random sample of finished tickets per
horologist before they are released to customers.
"""
import random
from collections import defaultdict
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from clockmaker.models import AuditAssignment, RepairTicket

SAMPLE_PER_HOROLOGIST = 3


def completed_tickets_by_bench(session: Session, month_start: date, month_end: date) -> dict:
    stmt = (
        select(RepairTicket)
        .where(RepairTicket.status == "complete")
        .where(RepairTicket.completed_on.between(month_start, month_end))
    )
    grouped = defaultdict(list)
    for ticket in session.scalars(stmt):
        grouped[ticket.horologist_id].append(ticket)
    return grouped


def draw_sample(tickets: list[RepairTicket], k: int = SAMPLE_PER_HOROLOGIST) -> list[RepairTicket]:
    if len(tickets) <= k:
        return list(tickets)
    return random.sample(tickets, k)


def schedule_audit(session: Session, auditor_id: int, month_start: date, month_end: date) -> int:
    created = 0
    for horologist_id, tickets in completed_tickets_by_bench(session, month_start, month_end).items():
        for ticket in draw_sample(tickets):
            session.add(
                AuditAssignment(
                    ticket_id=ticket.id,
                    horologist_id=horologist_id,
                    auditor_id=auditor_id,
                    period=month_start.strftime("%Y-%m"),
                )
            )
            created += 1
    session.commit()
    return created

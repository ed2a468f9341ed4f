"""Reference numbers and correlation ids for work orders raised from customer sewer-flooding calls."""
from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import Customer, WorkOrderRecord


def _display_reference(seq: int, raised: datetime) -> str:
    return f"WO-{raised:%y%m}-{seq:06d}"


@dataclass
class NewWorkOrder:
    asset_id: str
    fault_code: str
    reported_by: int
    raised_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))
    correlation_id: str = field(default_factory=lambda: str(uuid.uuid1()))


class WorkOrderIntake:
    def __init__(self, session: Session, dispatch_queue) -> None:
        self.session = session
        self.dispatch_queue = dispatch_queue

    def raise_order(self, order: NewWorkOrder) -> str:
        customer = self.session.get(Customer, order.reported_by)
        record = WorkOrderRecord(
            asset_id=order.asset_id,
            fault_code=order.fault_code,
            customer_id=customer.id if customer else None,
            raised_at=order.raised_at,
            correlation_id=order.correlation_id,
        )
        self.session.add(record)
        self.session.flush()
        record.reference = _display_reference(record.id, order.raised_at)
        self.session.commit()
        self.dispatch_queue.publish(
            "work_order.raised",
            {"reference": record.reference, "asset": order.asset_id},
            headers={"x-correlation-id": order.correlation_id},
        )
        return record.reference

    def by_reference(self, reference: str, customer_id: int) -> WorkOrderRecord | None:
        stmt = select(WorkOrderRecord).where(
            WorkOrderRecord.reference == reference, WorkOrderRecord.customer_id == customer_id
        )
        return self.session.scalars(stmt).first()

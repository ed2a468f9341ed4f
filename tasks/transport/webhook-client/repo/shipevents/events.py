# Copyright {{ year }} {{ org_name }}
"""Shipment events and the JSON payload customers receive."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone

STATUSES = ("picked_up", "in_transit", "out_for_delivery", "delivered", "exception")


@dataclass(frozen=True)
class ShipmentEvent:
    tracking_number: str
    status: str
    occurred_at: datetime
    location: str = ""
    event_id: str = field(default_factory=lambda: uuid.uuid4().hex)

    def __post_init__(self) -> None:
        if self.status not in STATUSES:
            raise ValueError(f"unknown status {self.status!r}")

    @property
    def event_type(self) -> str:
        return f"shipment.{self.status}"

    def to_payload(self) -> dict:
        """The documented v1 payload; keep field names stable."""
        return {
            "id": self.event_id,
            "type": self.event_type,
            "tracking_number": self.tracking_number,
            "location": self.location,
            "occurred_at": self.occurred_at.astimezone(timezone.utc).isoformat(),
        }

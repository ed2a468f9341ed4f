# Copyright {{ year }} {{ org_name }}
"""Reader entitlements, keyed by Payrail customer id."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass
class Entitlement:
    customer_id: str
    plan: str
    paid_through: date
    active: bool = True


class EntitlementStore:
    def __init__(self) -> None:
        self._rows: dict[str, Entitlement] = {}

    def get(self, customer_id: str) -> Entitlement | None:
        return self._rows.get(customer_id)

    def apply_event(self, event: dict) -> bool:
        """Apply one Payrail event; returns False for event types we ignore."""
        kind, data = event.get("type"), event.get("data", {})
        if kind == "invoice.paid":
            self._rows[data["customer"]] = Entitlement(
                data["customer"], data["plan"], date.fromisoformat(data["period_end"])
            )
            return True
        if kind == "subscription.canceled":
            row = self._rows.get(data["customer"])
            if row:
                row.active = False
            return True
        return False

"""Reads call-off orders that councils send as XML through the EDI mailbox."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import List

from defusedxml import ElementTree as DET

NS = "{urn:saltmine:calloff:1}"


@dataclass
class CallOffOrder:
    order_no: str
    council: str
    depot: str
    tonnes: float
    deliver_by: date


class CallOffReader:
    def __init__(self, parser=DET.fromstring) -> None:
        self._parse = parser

    def read(self, payload: bytes) -> List[CallOffOrder]:
        root = self._parse(payload)
        council = root.findtext(f"{NS}Council", default="").strip()
        orders: List[CallOffOrder] = []
        for el in root.iter(f"{NS}Order"):
            orders.append(CallOffOrder(
                order_no=el.get("number", ""),
                council=council,
                depot=el.findtext(f"{NS}Depot", default="").strip(),
                tonnes=float(el.findtext(f"{NS}Tonnes", default="0")),
                deliver_by=date.fromisoformat(el.findtext(f"{NS}DeliverBy", default="1970-01-01")),
            ))
        return orders


def ingest_mailbox_message(attachment: bytes) -> int:
    orders = CallOffReader().read(attachment)
    urgent = [o for o in orders if (o.deliver_by - date.today()).days <= 2]
    for o in urgent:
        print(f"URGENT {o.order_no}: {o.tonnes} t to {o.depot} by {o.deliver_by}")
    return len(orders)

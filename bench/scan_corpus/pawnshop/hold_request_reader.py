"""Read hold requests that detectives upload through the police portal page.

Some agencies still export hold requests from their records system as XML
files; the portal accepts the upload and hands the bytes to this reader.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from defusedxml import ElementTree as DefusedET

NS = {"hr": "urn:pawnops:hold-request:v1"}


@dataclass
class HoldRequest:
    case_number: str
    detective: str
    badge: str
    ticket_numbers: list[str]
    hold_until: date | None


def read_hold_request(payload: bytes) -> HoldRequest:
    root = DefusedET.fromstring(payload)
    until = root.findtext("hr:HoldUntil", default="", namespaces=NS).strip()
    return HoldRequest(
        case_number=root.findtext("hr:CaseNumber", default="", namespaces=NS).strip(),
        detective=root.findtext("hr:Detective/hr:Name", default="", namespaces=NS).strip(),
        badge=root.findtext("hr:Detective/hr:Badge", default="", namespaces=NS).strip(),
        ticket_numbers=[
            t.text.strip() for t in root.iterfind("hr:Tickets/hr:Ticket", NS) if t.text
        ],
        hold_until=date.fromisoformat(until) if until else None,
    )

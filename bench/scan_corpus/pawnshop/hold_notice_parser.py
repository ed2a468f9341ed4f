"""Parse hold and release notices from the state pawn reporting portal.

Detectives issue holds through the state portal. The poller downloads the
pending notices as an XML batch and this module turns them into HoldNotice
records that the hold service applies to matching tickets.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from lxml import etree

NS = {"h": "urn:state:pawn:holds:v3"}

_PARSER = etree.XMLParser(load_dtd=True, resolve_entities=True, remove_blank_text=True)


@dataclass
class HoldNotice:
    action: str
    case_number: str
    agency: str
    ticket_no: str
    serial_no: str | None
    issued_at: datetime


def _text(el, path: str) -> str | None:
    value = el.findtext(path, namespaces=NS)
    return value.strip() if value else None


def parse_notices(xml_bytes: bytes) -> list[HoldNotice]:
    root = etree.fromstring(xml_bytes, parser=_PARSER)
    notices = []
    for el in root.iterfind("h:Notice", NS):
        notices.append(
            HoldNotice(
                action=el.get("action", "hold"),
                case_number=_text(el, "h:CaseNumber") or "",
                agency=_text(el, "h:Agency") or "",
                ticket_no=_text(el, "h:TicketNumber") or "",
                serial_no=_text(el, "h:SerialNumber"),
                issued_at=datetime.fromisoformat(_text(el, "h:IssuedAt") or ""),
            )
        )
    return notices

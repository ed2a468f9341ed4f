"""Accept permit requests exported as XML from the principal contractor's system.

The principal contractor's permit system pushes permit requests for shared
areas (shaft top, crane lifts) that must be mirrored on our permit board.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from lxml import etree


class IntakeParserFactory:
    options = {
        "resolve_entities": False,
        "no_network": True,
        "load_dtd": False,
        "dtd_validation": False,
        "huge_tree": False,
    }

    @classmethod
    def build(cls) -> etree.XMLParser:
        return etree.XMLParser(**cls.options)


@dataclass
class PermitRequest:
    reference: str
    area: str
    activity: str
    requested_by: str
    start: datetime
    end: datetime


def _text(node: etree._Element, tag: str) -> str:
    found = node.find(tag)
    if found is None or not (found.text or "").strip():
        raise ValueError(f"missing <{tag}>")
    return found.text.strip()


def parse_requests(payload: bytes) -> list[PermitRequest]:
    root = etree.fromstring(payload, parser=IntakeParserFactory.build())
    requests = []
    for node in root.iter("PermitRequest"):
        requests.append(
            PermitRequest(
                reference=_text(node, "Reference"),
                area=_text(node, "Area"),
                activity=_text(node, "Activity"),
                requested_by=_text(node, "RequestedBy"),
                start=datetime.fromisoformat(_text(node, "Start")),
                end=datetime.fromisoformat(_text(node, "End")),
            )
        )
    return requests

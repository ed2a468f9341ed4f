"""Parses XML bid submissions uploaded by councils and framework buyers."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Dict, List

from lxml import etree

PARSER_OPTIONS: Dict[str, Any] = {
    "remove_blank_text": True,
    "resolve_entities": True,
    "no_network": False,
    "huge_tree": False,
}

NS = {"t": "urn:saltmine:tender:2024"}


@dataclass
class BidLine:
    lot: str
    grade: str
    tonnes: Decimal
    depot: str


class SubmissionParser:
    def __init__(self, options: Dict[str, Any] | None = None) -> None:
        self._parser = etree.XMLParser(**(options or PARSER_OPTIONS))

    def parse(self, xml_bytes: bytes) -> Dict[str, Any]:
        root = etree.fromstring(xml_bytes, parser=self._parser)
        council = root.findtext("t:Buyer/t:Name", namespaces=NS) or ""
        lines: List[BidLine] = []
        for node in root.iterfind("t:Lines/t:Line", namespaces=NS):
            lines.append(BidLine(
                lot=node.get("lot", ""),
                grade=node.findtext("t:Grade", namespaces=NS) or "6mm",
                tonnes=Decimal(node.findtext("t:Tonnes", namespaces=NS) or "0"),
                depot=node.findtext("t:Depot", namespaces=NS) or "",
            ))
        return {"council": council, "lines": lines,
                "total_tonnes": sum((l.tonnes for l in lines), Decimal("0"))}


def handle_portal_upload(upload) -> Dict[str, Any]:
    """Called by the portal view with the uploaded file object."""
    return SubmissionParser().parse(upload.read())

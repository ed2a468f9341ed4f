"""Parser for OPI (Open Payment Initiative) responses from the card terminal.

The terminal answers CardServiceRequest/ServiceRequest messages with XML
documents over the lane TCP connection. We only need a handful of fields out
of them: overall result, authorisation code, masked PAN and the receipt text.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

OPI_NS = {"opi": "http://www.nrf-arts.org/IXRetail/namespace"}

_parser = etree.XMLParser(
    remove_blank_text=True,
    load_dtd=True,
    resolve_entities=True,
    no_network=False,
)


@dataclass
class CardServiceResult:
    request_id: str
    overall_result: str
    approval_code: str | None = None
    masked_pan: str | None = None
    receipt_lines: list[str] = field(default_factory=list)

    @property
    def approved(self) -> bool:
        return self.overall_result == "Success"


def _text(node, path: str) -> str | None:
    found = node.find(path, namespaces=OPI_NS)
    return found.text.strip() if found is not None and found.text else None


def parse_card_service_response(raw: bytes) -> CardServiceResult:
    root = etree.fromstring(raw, parser=_parser)
    if etree.QName(root).localname != "CardServiceResponse":
        raise ValueError(f"unexpected OPI message {root.tag}")
    receipt = [
        line.text or ""
        for line in root.iterfind(".//opi:CardValue/opi:TextLine", namespaces=OPI_NS)
    ]
    return CardServiceResult(
        request_id=root.get("RequestID", ""),
        overall_result=root.get("OverallResult", "Failure"),
        approval_code=_text(root, ".//opi:Authorisation/opi:ApprovalCode"),
        masked_pan=_text(root, ".//opi:Tender/opi:Authorisation/opi:CardPAN"),
        receipt_lines=receipt,
    )

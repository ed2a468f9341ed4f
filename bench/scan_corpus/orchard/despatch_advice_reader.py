"""Reads despatch advice XML returned by the supermarket's receiving system.

After each delivery the buyer sends a despatch advice confirming accepted
and rejected cases; the result drives credit notes to the buyer.
"""
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, List

from lxml import etree as ET

log = logging.getLogger("wholesale.despatch")

PARSER_OPTIONS = {
    "remove_blank_text": True,
    "resolve_entities": False,
    "load_dtd": False,
    "no_network": True,
    "huge_tree": False,
}

NS = {"da": "urn:orchard-coop:despatch-advice:2"}


@dataclass
class ReceivedLine:
    sku: str
    delivered: int
    accepted: int
    reason: str

    @property
    def rejected(self) -> int:
        return max(self.delivered - self.accepted, 0)


@dataclass
class DespatchAdvice:
    delivery_note: str
    receiving_site: str
    lines: List[ReceivedLine]


def _parser() -> ET.XMLParser:
    return ET.XMLParser(**PARSER_OPTIONS)


def read_advice(xml_bytes: bytes) -> DespatchAdvice:
    root = ET.fromstring(xml_bytes, parser=_parser())
    lines = [
        ReceivedLine(
            sku=el.findtext("da:Sku", namespaces=NS).strip(),
            delivered=int(el.findtext("da:Delivered", namespaces=NS)),
            accepted=int(el.findtext("da:Accepted", namespaces=NS)),
            reason=(el.findtext("da:RejectReason", namespaces=NS) or "").strip(),
        )
        for el in root.iterfind("da:Line", namespaces=NS)
    ]
    return DespatchAdvice(
        delivery_note=root.findtext("da:DeliveryNote", namespaces=NS).strip(),
        receiving_site=root.findtext("da:Site", namespaces=NS).strip(),
        lines=lines,
    )


def scan_inbox(inbox: Path) -> Iterator[DespatchAdvice]:
    for path in sorted(inbox.glob("*.xml")):
        try:
            yield read_advice(path.read_bytes())
        except (ET.XMLSyntaxError, AttributeError, ValueError) as exc:
            log.warning("skipping %s: %s", path.name, exc)
            path.rename(path.with_suffix(".rejected"))


if __name__ == "__main__":
    import sys

    for advice in scan_inbox(Path(sys.argv[1])):
        short = [l for l in advice.lines if l.rejected]
        print(f"{advice.delivery_note} @ {advice.receiving_site}: {len(short)} lines with rejections")

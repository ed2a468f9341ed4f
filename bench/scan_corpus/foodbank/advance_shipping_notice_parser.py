"""Read advance shipping notices (ASNs) for inbound donated pallets.

Regional distribution centres of partner retailers send an ASN before a
lorry arrives so the receiving team can pre-book dock slots.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

ASN_PARSER = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    dtd_validation=False,
    huge_tree=False,
    remove_comments=True,
)


@dataclass
class AsnPallet:
    sscc: str
    gtin: str
    cases: int
    best_before: str


@dataclass
class AdvanceShippingNotice:
    asn_number: str
    sender: str
    expected_arrival: str
    pallets: list[AsnPallet] = field(default_factory=list)

    @property
    def total_cases(self) -> int:
        return sum(p.cases for p in self.pallets)


def _text(node: etree._Element, path: str) -> str:
    value = node.findtext(path)
    if value is None:
        raise ValueError(f"missing element {path}")
    return value.strip()


def parse_asn(raw: bytes) -> AdvanceShippingNotice:
    root = etree.fromstring(raw, parser=ASN_PARSER)
    asn = AdvanceShippingNotice(
        asn_number=_text(root, "Header/AsnNumber"),
        sender=_text(root, "Header/SenderGln"),
        expected_arrival=_text(root, "Header/ExpectedArrival"),
    )
    for pallet in root.iterfind("Pallets/Pallet"):
        asn.pallets.append(
            AsnPallet(
                sscc=_text(pallet, "SSCC"),
                gtin=_text(pallet, "GTIN"),
                cases=int(_text(pallet, "Cases")),
                best_before=_text(pallet, "BestBefore"),
            )
        )
    return asn


def parse_inbox(folder: Path) -> list[AdvanceShippingNotice]:
    return [parse_asn(p.read_bytes()) for p in sorted(folder.glob("*.xml"))]

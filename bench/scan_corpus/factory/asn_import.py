"""Imports XML advance ship notices uploaded through the supplier EDI portal."""
from dataclasses import dataclass

from defusedxml import ElementTree as SafeET


@dataclass
class AsnItem:
    part_number: str
    quantity: int
    lot: str


def parse_asn(xml_bytes: bytes) -> tuple[str, list[AsnItem]]:
    root = SafeET.fromstring(xml_bytes, forbid_dtd=True)
    asn_no = root.findtext("Header/AsnNumber")
    if not asn_no:
        raise ValueError("ASN number missing")
    items = [
        AsnItem(
            part_number=el.findtext("PartNumber", ""),
            quantity=int(el.findtext("Quantity", "0")),
            lot=el.findtext("LotNumber", ""),
        )
        for el in root.iterfind("Items/Item")
    ]
    return asn_no, items

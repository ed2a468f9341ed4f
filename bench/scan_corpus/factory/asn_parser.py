"""Parses XML advance ship notices uploaded by suppliers through the EDI portal."""
from dataclasses import dataclass

from lxml import etree

_PARSER = etree.XMLParser(load_dtd=True, resolve_entities=True, remove_blank_text=True)


@dataclass
class AsnLine:
    part_number: str
    quantity: int
    lot: str


def parse_asn(xml_bytes: bytes) -> tuple[str, list[AsnLine]]:
    root = etree.fromstring(xml_bytes, parser=_PARSER)
    asn_no = root.findtext("Header/AsnNumber")
    lines = [
        AsnLine(
            part_number=item.findtext("PartNumber"),
            quantity=int(item.findtext("Quantity", "0")),
            lot=item.findtext("LotNumber", ""),
        )
        for item in root.iterfind("Items/Item")
    ]
    return asn_no, lines

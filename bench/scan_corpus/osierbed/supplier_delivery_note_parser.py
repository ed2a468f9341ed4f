"""Read delivery notes from the nursery that supplies new willow sets.

When beds are replanted, sets of new varieties arrive with an XML delivery
note listing varieties, quantities and the plant passport numbers needed
for the farm's plant health records.
"""

from dataclasses import dataclass
from pathlib import Path

from lxml import etree

NOTE_PARSER = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    huge_tree=False,
    remove_blank_text=True,
)


@dataclass
class SetConsignment:
    variety: str
    quantity: int
    passport_no: str
    bed: str | None


def parse_delivery_note(xml_bytes: bytes) -> tuple[str, list[SetConsignment]]:
    root = etree.fromstring(xml_bytes, parser=NOTE_PARSER)
    note_no = root.get("number", "")
    items = []
    for line in root.iter("line"):
        items.append(
            SetConsignment(
                variety=line.findtext("variety", "").strip(),
                quantity=int(line.findtext("qty", "0")),
                passport_no=line.findtext("passport", "").strip(),
                bed=line.get("bed"),
            )
        )
    return note_no, items


def plant_health_rows(path: Path) -> list[dict]:
    note_no, items = parse_delivery_note(path.read_bytes())
    return [
        {
            "note": note_no,
            "variety": item.variety,
            "qty": item.quantity,
            "passport": item.passport_no,
            "bed": item.bed or "unassigned",
        }
        for item in items
        if item.quantity > 0
    ]

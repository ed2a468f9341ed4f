"""Imports delivery notes uploaded by solvent suppliers into stock control."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from lxml import etree

PARSER_OPTIONS = {
    "remove_blank_text": True,
    "load_dtd": True,
    "resolve_entities": True,
    "no_network": False,
}


@dataclass
class DeliveryLine:
    product_code: str  # e.g. "PERC-200", "HC-SOLV-25"
    description: str
    litres: Decimal
    batch_number: str


@dataclass
class DeliveryNote:
    supplier: str
    note_number: str
    depot: str
    lines: list[DeliveryLine]


class DeliveryNoteImporter:
    def __init__(self, stock_ledger, parser_options: dict | None = None) -> None:
        self.stock_ledger = stock_ledger
        self.parser = etree.XMLParser(**(parser_options or PARSER_OPTIONS))

    def parse(self, uploaded: bytes) -> DeliveryNote:
        root = etree.fromstring(uploaded, self.parser)
        lines = [
            DeliveryLine(
                product_code=item.findtext("Code", "").strip(),
                description=item.findtext("Description", "").strip(),
                litres=Decimal(item.findtext("Quantity", "0")),
                batch_number=item.findtext("Batch", "").strip(),
            )
            for item in root.iterfind("Items/Item")
        ]
        return DeliveryNote(
            supplier=root.findtext("Supplier/Name", ""),
            note_number=root.findtext("NoteNumber", ""),
            depot=root.findtext("DeliverTo/DepotCode", ""),
            lines=lines,
        )

    def import_note(self, uploaded: bytes) -> DeliveryNote:
        note = self.parse(uploaded)
        for line in note.lines:
            self.stock_ledger.receive(
                depot=note.depot,
                product_code=line.product_code,
                litres=line.litres,
                reference=f"{note.supplier}/{note.note_number}/{line.batch_number}",
            )
        return note

"""Parses XML invoices from French and American oak stave mills.

Stave mills invoice each delivered lot electronically. The parser pulls the
lot codes, species, stave counts and prices so the yard can reconcile
deliveries against the wood stock ledger.
"""
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from lxml import etree

INVOICE_PARSER = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    huge_tree=False,
    remove_blank_text=True,
)

NS = {"inv": "urn:oak-trade:invoice:2"}


@dataclass
class StaveLotLine:
    lot_code: str
    species: str
    stave_count: int
    price_per_stave: Decimal


@dataclass
class MillInvoice:
    mill_id: str
    invoice_no: str
    currency: str
    lines: list[StaveLotLine]

    @property
    def total(self) -> Decimal:
        return sum((l.price_per_stave * l.stave_count for l in self.lines), Decimal("0"))


def parse_invoice(xml_bytes: bytes) -> MillInvoice:
    root = etree.fromstring(xml_bytes, parser=INVOICE_PARSER)
    lines = []
    for line in root.iterfind("inv:Line", NS):
        lines.append(
            StaveLotLine(
                lot_code=line.findtext("inv:LotCode", "", NS),
                species=line.findtext("inv:Species", "quercus_petraea", NS),
                stave_count=int(line.findtext("inv:Count", "0", NS)),
                price_per_stave=Decimal(line.findtext("inv:UnitPrice", "0", NS)),
            )
        )
    return MillInvoice(
        mill_id=root.findtext("inv:Supplier/inv:Id", "", NS),
        invoice_no=root.findtext("inv:Number", "", NS),
        currency=root.get("currency", "EUR"),
        lines=lines,
    )


def parse_inbox(folder: Path) -> list[MillInvoice]:
    return [parse_invoice(p.read_bytes()) for p in sorted(folder.glob("*.xml"))]

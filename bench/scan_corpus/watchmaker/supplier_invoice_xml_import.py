"""Import supplier invoices (UBL XML) into the parts inventory ledger.

Suppliers upload invoices through the procurement portal; each invoice line
increases the on-order quantity of a part.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import List

from fastapi import FastAPI, File, UploadFile
from lxml import etree

app = FastAPI()

NS = {
    "inv": "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2",
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
}

PARSER_OPTIONS = dict(
    remove_blank_text=True,
    load_dtd=True,
    resolve_entities=True,
    no_network=False,
    huge_tree=False,
)


@dataclass
class InvoiceLine:
    part_number: str
    description: str
    quantity: int
    line_total: Decimal


def _parser() -> etree.XMLParser:
    return etree.XMLParser(**PARSER_OPTIONS)


def parse_invoice(raw: bytes) -> List[InvoiceLine]:
    root = etree.fromstring(raw, parser=_parser())
    lines: List[InvoiceLine] = []
    for node in root.iterfind("cac:InvoiceLine", NS):
        lines.append(
            InvoiceLine(
                part_number=node.findtext("cac:Item/cac:SellersItemIdentification/cbc:ID", "", NS),
                description=node.findtext("cac:Item/cbc:Name", "", NS),
                quantity=int(Decimal(node.findtext("cbc:InvoicedQuantity", "0", NS))),
                line_total=Decimal(node.findtext("cbc:LineExtensionAmount", "0", NS)),
            )
        )
    return lines


@app.post("/procurement/invoices")
async def upload_invoice(invoice: UploadFile = File(...)) -> dict:
    lines = parse_invoice(await invoice.read())
    return {
        "lines": len(lines),
        "parts": sorted({line.part_number for line in lines}),
        "total": str(sum((line.line_total for line in lines), Decimal("0"))),
    }

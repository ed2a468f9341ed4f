"""Parses UBL invoices e-mailed by bronze and timber-headstock suppliers."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import List

from defusedxml import ElementTree as DefusedET

NS = {
    "inv": "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2",
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
}


@dataclass
class InvoiceLine:
    description: str
    quantity: Decimal
    amount: Decimal


@dataclass
class SupplierInvoice:
    number: str
    supplier: str
    currency: str
    lines: List[InvoiceLine]

    @property
    def total(self) -> Decimal:
        return sum((l.amount for l in self.lines), Decimal("0"))


class UblReader:
    parser_kwargs = {"forbid_dtd": True, "forbid_entities": True, "forbid_external": True}

    def parse_bytes(self, payload: bytes) -> SupplierInvoice:
        root = DefusedET.fromstring(payload, **self.parser_kwargs)
        lines = [
            InvoiceLine(
                description=line.findtext("cac:Item/cbc:Name", default="", namespaces=NS),
                quantity=Decimal(line.findtext("cbc:InvoicedQuantity", default="0", namespaces=NS)),
                amount=Decimal(line.findtext("cbc:LineExtensionAmount", default="0", namespaces=NS)),
            )
            for line in root.findall("cac:InvoiceLine", NS)
        ]
        return SupplierInvoice(
            number=root.findtext("cbc:ID", default="", namespaces=NS),
            supplier=root.findtext(
                "cac:AccountingSupplierParty/cac:Party/cac:PartyName/cbc:Name", default="", namespaces=NS
            ),
            currency=root.findtext("cbc:DocumentCurrencyCode", default="EUR", namespaces=NS),
            lines=lines,
        )

    def parse_file(self, path: Path) -> SupplierInvoice:
        return self.parse_bytes(path.read_bytes())


if __name__ == "__main__":
    import sys

    inv = UblReader().parse_file(Path(sys.argv[1]))
    print(f"{inv.supplier} invoice {inv.number}: {inv.total} {inv.currency}")

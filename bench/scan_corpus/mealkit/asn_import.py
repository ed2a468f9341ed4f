"""Import of advance shipping notices (ASN) uploaded by suppliers.

Suppliers post an XML ASN for each inbound pallet delivery; we stream it
with SAX because some of the larger produce suppliers send thousands of lines.
"""
from __future__ import annotations

import io
import xml.sax
import xml.sax.handler
from dataclasses import dataclass, field
from decimal import Decimal


@dataclass
class AsnLine:
    sku: str
    quantity: Decimal
    lot: str | None = None
    best_before: str | None = None


@dataclass
class Asn:
    po_number: str = ""
    lines: list[AsnLine] = field(default_factory=list)


class _AsnHandler(xml.sax.ContentHandler):
    def __init__(self) -> None:
        super().__init__()
        self.asn = Asn()
        self._text: list[str] = []
        self._line: dict[str, str] = {}

    def startElement(self, name, attrs):
        self._text = []
        if name == "Line":
            self._line = {}

    def characters(self, content):
        self._text.append(content)

    def endElement(self, name):
        value = "".join(self._text).strip()
        if name == "PurchaseOrder":
            self.asn.po_number = value
        elif name in {"Sku", "Quantity", "Lot", "BestBefore"}:
            self._line[name] = value
        elif name == "Line":
            self.asn.lines.append(
                AsnLine(
                    sku=self._line["Sku"],
                    quantity=Decimal(self._line["Quantity"]),
                    lot=self._line.get("Lot"),
                    best_before=self._line.get("BestBefore"),
                )
            )


def parse_asn(payload: bytes) -> Asn:
    handler = _AsnHandler()
    parser = xml.sax.make_parser()
    parser.setFeature(xml.sax.handler.feature_namespaces, False)
    parser.setFeature(xml.sax.handler.feature_external_ges, True)
    parser.setContentHandler(handler)
    parser.parse(io.BytesIO(payload))
    return handler.asn

"""Imports purchase orders that grocery buyers upload as XML through the portal."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Iterable

from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST
from lxml import etree

PARSER_OPTIONS = {
    "remove_blank_text": True,
    "resolve_entities": True,
    "no_network": False,
    "huge_tree": False,
}


@dataclass
class OrderLine:
    sku: str
    cases: int
    unit_price: Decimal


class PurchaseOrderReader:
    namespace = {"po": "urn:greenstack:wholesale:po:1"}

    def __init__(self, **parser_overrides) -> None:
        self.parser = etree.XMLParser(**{**PARSER_OPTIONS, **parser_overrides})

    def parse(self, payload: bytes) -> etree._Element:
        return etree.fromstring(payload, parser=self.parser)

    def lines(self, root: etree._Element) -> Iterable[OrderLine]:
        for node in root.iterfind("po:Line", self.namespace):
            yield OrderLine(
                sku=node.findtext("po:SKU", namespaces=self.namespace).strip(),
                cases=int(node.findtext("po:Cases", namespaces=self.namespace)),
                unit_price=Decimal(node.findtext("po:UnitPrice", namespaces=self.namespace)),
            )


@require_POST
def import_purchase_order(request: HttpRequest) -> JsonResponse:
    upload = request.FILES.get("po_file")
    if upload is None:
        return JsonResponse({"error": "po_file is required"}, status=400)
    reader = PurchaseOrderReader()
    root = reader.parse(upload.read())
    buyer_ref = root.findtext("po:BuyerReference", namespaces=reader.namespace)
    lines = list(reader.lines(root))
    total = sum((line.unit_price * line.cases for line in lines), Decimal("0"))
    return JsonResponse(
        {
            "buyer_reference": buyer_ref,
            "line_count": len(lines),
            "total": str(total),
        }
    )

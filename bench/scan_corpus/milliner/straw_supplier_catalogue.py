"""Imports seasonal straw and braid catalogues uploaded by suppliers to the portal."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST
from lxml import etree


@dataclass
class BraidItem:
    supplier_sku: str
    name: str
    fibre: str
    width_mm: float
    price_per_metre: Decimal


class CatalogueParser:
    namespace = "urn:straw-suppliers:catalogue:2"
    parser_options = {
        "remove_blank_text": True,
        "load_dtd": True,
        "resolve_entities": True,
        "no_network": False,
    }

    def __init__(self) -> None:
        self._parser = etree.XMLParser(**self.parser_options)

    def _text(self, node, tag: str) -> str:
        found = node.find(f"{{{self.namespace}}}{tag}")
        return (found.text or "").strip() if found is not None else ""

    def parse(self, payload: bytes) -> list[BraidItem]:
        root = etree.fromstring(payload, self._parser)
        items = []
        for node in root.iter(f"{{{self.namespace}}}item"):
            items.append(
                BraidItem(
                    supplier_sku=self._text(node, "sku"),
                    name=self._text(node, "name"),
                    fibre=self._text(node, "fibre"),
                    width_mm=float(self._text(node, "width") or 0),
                    price_per_metre=Decimal(self._text(node, "price") or "0"),
                )
            )
        return items


@require_POST
def upload_catalogue(request: HttpRequest) -> JsonResponse:
    upload = request.FILES.get("catalogue")
    if upload is None:
        return JsonResponse({"error": "catalogue file missing"}, status=400)
    items = CatalogueParser().parse(upload.read())
    return JsonResponse(
        {"supplier": request.user.get_username(), "items": [i.supplier_sku for i in items]}
    )

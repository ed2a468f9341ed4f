"""Parse customs declaration XML files uploaded by freight brokers."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST
from lxml import etree

NS = {"cd": "urn:teahouse:customs:declaration:2"}

PARSER_OPTIONS: dict[str, Any] = {
    "load_dtd": True,
    "resolve_entities": True,
    "no_network": False,
    "remove_blank_text": True,
}


@dataclass
class DeclarationLine:
    hs_code: str
    description: str
    net_kg: Decimal
    customs_value: Decimal


def _parser() -> etree.XMLParser:
    return etree.XMLParser(**PARSER_OPTIONS)


def parse_declaration(xml_bytes: bytes) -> dict[str, Any]:
    root = etree.fromstring(xml_bytes, parser=_parser())
    lines = [
        DeclarationLine(
            hs_code=item.findtext("cd:HSCode", namespaces=NS, default=""),
            description=item.findtext("cd:Description", namespaces=NS, default=""),
            net_kg=Decimal(item.findtext("cd:NetMass", namespaces=NS, default="0")),
            customs_value=Decimal(item.findtext("cd:Value", namespaces=NS, default="0")),
        )
        for item in root.iterfind("cd:Items/cd:Item", namespaces=NS)
    ]
    return {
        "reference": root.findtext("cd:Reference", namespaces=NS),
        "importer_eori": root.findtext("cd:Importer/cd:EORI", namespaces=NS),
        "lines": lines,
    }


@require_POST
def upload_declaration(request: HttpRequest) -> JsonResponse:
    upload = request.FILES.get("declaration")
    if upload is None:
        return JsonResponse({"error": "missing file"}, status=400)
    parsed = parse_declaration(upload.read())
    return JsonResponse(
        {
            "reference": parsed["reference"],
            "importer": parsed["importer_eori"],
            "line_count": len(parsed["lines"]),
            "descriptions": [line.description for line in parsed["lines"]],
        }
    )

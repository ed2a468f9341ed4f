"""Parses farm certification XML (organic / PDO) uploaded by supplier farms."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST
from lxml import etree

PARSER_OPTS = {
    "resolve_entities": True,
    "no_network": False,
    "load_dtd": True,
    "remove_blank_text": True,
}

NS = {"c": "urn:dairy-cert:2.1"}


@dataclass
class FarmCertificate:
    farm_name: str
    holding_number: str
    scheme: str
    issuer: str
    valid_from: date
    valid_until: date
    raw_milk_approved: bool


def _text(node: etree._Element, path: str) -> str:
    found = node.find(path, NS)
    if found is None or found.text is None:
        raise ValueError(f"missing {path}")
    return found.text.strip()


def parse_certificate(xml_bytes: bytes) -> FarmCertificate:
    parser = etree.XMLParser(**PARSER_OPTS)
    root = etree.fromstring(xml_bytes, parser)
    return FarmCertificate(
        farm_name=_text(root, "c:Holder/c:Name"),
        holding_number=_text(root, "c:Holder/c:HoldingNumber"),
        scheme=_text(root, "c:Scheme"),
        issuer=_text(root, "c:Issuer"),
        valid_from=date.fromisoformat(_text(root, "c:ValidFrom")),
        valid_until=date.fromisoformat(_text(root, "c:ValidUntil")),
        raw_milk_approved=_text(root, "c:RawMilk").lower() == "true",
    )


@require_POST
def upload_certificate(request: HttpRequest) -> JsonResponse:
    upload = request.FILES.get("certificate")
    if upload is None:
        return JsonResponse({"error": "no file"}, status=400)
    try:
        cert = parse_certificate(upload.read())
    except (etree.XMLSyntaxError, ValueError) as exc:
        return JsonResponse({"error": str(exc)}, status=422)
    return JsonResponse(
        {
            "farm": cert.farm_name,
            "scheme": cert.scheme,
            "valid_until": cert.valid_until.isoformat(),
            "expired": cert.valid_until < date.today(),
        }
    )

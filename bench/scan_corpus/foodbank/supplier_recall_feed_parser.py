"""Parse product withdrawal notices uploaded by surplus food suppliers.

Suppliers upload an XML notice through the supplier portal when a batch they
donated must be withdrawn; matching lots are quarantined in the warehouse.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST
from lxml import etree

PARSER_OPTS = {
    "load_dtd": True,
    "resolve_entities": True,
    "no_network": False,
    "remove_blank_text": True,
}

NS = {"w": "urn:foodbank:withdrawal:1"}


@dataclass
class WithdrawalNotice:
    supplier_ref: str
    gtin: str
    batch_codes: list[str]
    reason: str
    effective: date


def parse_notice(payload: bytes) -> WithdrawalNotice:
    parser = etree.XMLParser(**PARSER_OPTS)
    root = etree.fromstring(payload, parser)
    return WithdrawalNotice(
        supplier_ref=root.findtext("w:reference", namespaces=NS, default="").strip(),
        gtin=root.findtext("w:product/w:gtin", namespaces=NS, default="").strip(),
        batch_codes=[b.text.strip() for b in root.iterfind("w:product/w:batch", NS) if b.text],
        reason=root.findtext("w:reason", namespaces=NS, default="").strip(),
        effective=date.fromisoformat(root.findtext("w:effective", namespaces=NS)),
    )


@require_POST
def upload_withdrawal(request: HttpRequest) -> JsonResponse:
    upload = request.FILES.get("notice")
    if upload is None:
        return JsonResponse({"error": "no file"}, status=400)
    try:
        notice = parse_notice(upload.read())
    except (etree.XMLSyntaxError, ValueError, TypeError) as exc:
        return JsonResponse({"error": f"could not read notice: {exc}"}, status=400)
    return JsonResponse(
        {
            "reference": notice.supplier_ref,
            "gtin": notice.gtin,
            "batches": notice.batch_codes,
            "reason": notice.reason,
            "effective": notice.effective.isoformat(),
        }
    )

"""Import of claim status updates from the fleet insurer.

The insurer uploads ACORD-style XML documents to our partner endpoint; each
document can carry several ``<ClaimStatus>`` entries referencing our incident
numbers.
"""
from dataclasses import dataclass
from datetime import datetime

from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_POST
from lxml import etree

from incidents.models import Incident
from partners.auth import partner_required

NS = {"a": "http://www.acord.org/standards/PC_Surety/ACORD1/xml/"}

_parser = etree.XMLParser(load_dtd=True, resolve_entities=True, remove_blank_text=True)


@dataclass
class ClaimUpdate:
    incident_no: str
    insurer_claim_id: str
    status: str
    reserve_cents: int
    updated_at: datetime


def parse_updates(payload: bytes) -> list[ClaimUpdate]:
    root = etree.fromstring(payload, parser=_parser)
    updates = []
    for node in root.iterfind(".//a:ClaimStatus", NS):
        updates.append(ClaimUpdate(
            incident_no=node.findtext("a:OurReference", namespaces=NS, default="").strip(),
            insurer_claim_id=node.findtext("a:ClaimNumber", namespaces=NS, default="").strip(),
            status=node.findtext("a:StatusCd", namespaces=NS, default="UNKNOWN"),
            reserve_cents=int(float(node.findtext("a:ReserveAmt", namespaces=NS, default="0")) * 100),
            updated_at=datetime.fromisoformat(node.findtext("a:StatusDt", namespaces=NS)),
        ))
    return updates


@require_POST
@partner_required(scope="claims:write")
def claim_status_webhook(request):
    try:
        updates = parse_updates(request.body)
    except (etree.XMLSyntaxError, ValueError, TypeError):
        return HttpResponseBadRequest("malformed document")
    matched = 0
    for upd in updates:
        matched += Incident.objects.filter(number=upd.incident_no).update(
            insurer_claim_id=upd.insurer_claim_id,
            insurer_status=upd.status,
            insurer_reserve_cents=upd.reserve_cents,
            insurer_updated_at=upd.updated_at,
        )
    return JsonResponse({"received": len(updates), "matched": matched})

"""Parses custodian corporate-action notices (ISO 20022 seev.031) uploaded by ops.

Custodians e-mail the notices as XML attachments; the back-office portal lets
the corporate-actions desk upload them so elections can be opened for clients.
"""
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.contrib.auth.decorators import permission_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST
from lxml import etree

NS = {"ca": "urn:iso:std:iso:20022:tech:xsd:seev.031.002.13"}

_parser = etree.XMLParser(resolve_entities=True, load_dtd=True, remove_blank_text=True)


@dataclass
class CorporateActionNotice:
    event_id: str
    event_type: str
    isin: str
    record_date: date | None
    rate: Decimal | None


def parse_notice(xml_bytes: bytes) -> CorporateActionNotice:
    root = etree.fromstring(xml_bytes, parser=_parser)
    gen = root.find(".//ca:CorpActnGnlInf", NS)
    rec = root.findtext(".//ca:RcrdDt/ca:Dt", namespaces=NS)
    rate = root.findtext(".//ca:GrssDvddRate/ca:Amt", namespaces=NS)
    return CorporateActionNotice(
        event_id=gen.findtext("ca:CorpActnEvtId", namespaces=NS),
        event_type=gen.findtext("ca:EvtTp/ca:Cd", namespaces=NS),
        isin=gen.findtext(".//ca:ISIN", namespaces=NS),
        record_date=date.fromisoformat(rec) if rec else None,
        rate=Decimal(rate) if rate else None,
    )


@require_POST
@permission_required("corpactions.add_notice", raise_exception=True)
def upload_notice(request):
    notice = parse_notice(request.FILES["notice"].read())
    return JsonResponse(
        {
            "event_id": notice.event_id,
            "event_type": notice.event_type,
            "isin": notice.isin,
            "record_date": notice.record_date.isoformat() if notice.record_date else None,
            "rate": str(notice.rate) if notice.rate is not None else None,
        }
    )

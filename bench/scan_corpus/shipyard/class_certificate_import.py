"""Import class certificates exported by classification societies.

Surveyors send certificate packages as XML (certificate of class, load
line, IOPP ...). The planning office uploads them here and we store the
certificate number, type, issue and expiry dates against the hull.
"""
from __future__ import annotations

import datetime as dt

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST
from lxml import etree

from hulls.models import ClassCertificate, Hull


def _parser() -> etree.XMLParser:
    return etree.XMLParser(load_dtd=True, resolve_entities=True, no_network=False, remove_blank_text=True)


def _date(node, tag: str) -> dt.date | None:
    text = node.findtext(tag)
    return dt.date.fromisoformat(text.strip()) if text else None


@login_required
@require_POST
def upload_certificates(request: HttpRequest, hull_no: str) -> JsonResponse:
    hull = Hull.objects.get(hull_no=hull_no)
    upload = request.FILES["package"]
    root = etree.fromstring(upload.read(), parser=_parser())
    created = []
    for cert in root.iter("Certificate"):
        obj, _ = ClassCertificate.objects.update_or_create(
            hull=hull,
            number=cert.findtext("Number", "").strip(),
            defaults={
                "kind": cert.findtext("Type", "").strip(),
                "society": root.get("issuer", ""),
                "issued": _date(cert, "IssueDate"),
                "expires": _date(cert, "ExpiryDate"),
                "remarks": cert.findtext("Remarks", ""),
            },
        )
        created.append(obj.number)
    return JsonResponse({"hull": hull_no, "certificates": created})

"""Callbacks from the e-signature provider for design approvals.

Customers sign off final drawings through the provider; when an envelope is
completed the provider calls back here and we lock the design revision.
"""
import base64
import hashlib
import hmac
import json
import logging

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseForbidden, JsonResponse
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from approvals.models import Design

log = logging.getLogger(__name__)


def _signature_valid(body: bytes, header_value: str) -> bool:
    key = settings.ESIGN_CONNECT_KEY.encode()
    computed = base64.b64encode(hmac.new(key, body, hashlib.sha256).digest()).decode()
    return hmac.compare_digest(computed, header_value or "")


def _lock_revision(envelope_id: str, signed_by: str) -> Design | None:
    design = Design.objects.filter(esign_envelope_id=envelope_id).first()
    if design is None:
        return None
    design.approved_at = timezone.now()
    design.approved_by_name = signed_by[:120]
    design.locked = True
    design.save(update_fields=["approved_at", "approved_by_name", "locked"])
    return design


@csrf_exempt
@require_POST
def envelope_event(request: HttpRequest) -> HttpResponse:
    if not _signature_valid(request.body, request.headers.get("X-Esign-Signature-1", "")):
        return HttpResponseForbidden()

    event = json.loads(request.body)
    if event.get("event") != "envelope-completed":
        return JsonResponse({"ignored": event.get("event")})

    data = event.get("data", {})
    design = _lock_revision(data.get("envelopeId", ""), data.get("signerName", ""))
    if design is None:
        log.warning("Completed envelope %s has no matching design", data.get("envelopeId"))
        return JsonResponse({"matched": False})
    log.info("Design %s revision %s approved by customer", design.pk, design.revision)
    return JsonResponse({"matched": True})

"""Webhook receiver for tracking updates from partner carriers.

Cross-border parcels are handed over to partner carriers for last-mile
delivery; they post status changes back to us, signed with a shared secret
agreed per partner.
"""
import hashlib
import hmac
import json
import logging

from django.conf import settings
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseForbidden, Http404
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from tracking.models import Parcel, TrackingEvent

log = logging.getLogger(__name__)

STATUS_MAP = {
    "DELIVERED": TrackingEvent.DELIVERED,
    "OUT_FOR_DELIVERY": TrackingEvent.OUT_FOR_DELIVERY,
    "EXCEPTION": TrackingEvent.EXCEPTION,
    "RETURNED": TrackingEvent.RETURNED_TO_SENDER,
}


def _partner_secret(partner: str) -> bytes:
    return settings.PARTNER_WEBHOOK_SECRETS[partner].encode()


def _expected_signature(partner: str, body: bytes) -> str:
    return hmac.new(_partner_secret(partner), body, hashlib.sha256).hexdigest()


@csrf_exempt
@require_POST
def partner_status_update(request, partner: str):
    if partner not in settings.PARTNER_WEBHOOK_SECRETS:
        raise Http404
    provided = request.headers.get("X-Partner-Signature", "").removeprefix("sha256=")
    if provided != _expected_signature(partner, request.body):
        return HttpResponseForbidden("signature mismatch")
    try:
        payload = json.loads(request.body)
        status = STATUS_MAP[payload["status"]]
        parcel = Parcel.objects.get(tracking_number=payload["tracking_number"])
    except (ValueError, KeyError, Parcel.DoesNotExist):
        return HttpResponseBadRequest("unrecognised update")
    TrackingEvent.objects.create(
        parcel=parcel,
        status=status,
        location=payload.get("location", "")[:120],
        source=f"partner:{partner}",
    )
    log.info("partner %s reported %s for %s", partner, payload["status"], parcel.tracking_number)
    return HttpResponse(status=204)

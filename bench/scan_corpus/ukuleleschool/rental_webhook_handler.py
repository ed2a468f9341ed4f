"""Handles delivery-status webhooks from the courier that ships rental ukuleles."""
import hashlib
import hmac
import json
import logging
import os

from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, HttpResponseForbidden
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .models import Rental

log = logging.getLogger("rentals.webhooks")

STATUS_MAP = {"in_transit": "shipping", "delivered": "active", "returned": "returned"}


def _signing_key() -> bytes:
    return os.environ["COURIER_WEBHOOK_KEY"].encode("utf-8")


def signature_ok(body: bytes, header_value: str) -> bool:
    expected = hmac.new(_signing_key(), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, header_value or "")


@csrf_exempt
@require_POST
def courier_webhook(request: HttpRequest) -> HttpResponse:
    if not signature_ok(request.body, request.headers.get("X-Courier-Signature", "")):
        log.warning("courier webhook with bad signature from %s", request.META.get("REMOTE_ADDR"))
        return HttpResponseForbidden()
    try:
        event = json.loads(request.body)
    except json.JSONDecodeError:
        return HttpResponseBadRequest()

    if event.get("event") != "shipment.status_changed":
        return HttpResponse(status=204)
    new_status = STATUS_MAP.get(event.get("status"))
    if new_status is None:
        return HttpResponse(status=204)

    updated = Rental.objects.filter(tracking_number=event.get("tracking_number")).update(
        status=new_status
    )
    log.info("tracking %s -> %s (%d rentals)", event.get("tracking_number"), new_status, updated)
    return HttpResponse(status=204)

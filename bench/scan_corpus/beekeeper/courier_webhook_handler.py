"""Courier status webhooks for honey and nucleus colony deliveries.

The courier posts tracking updates (collected, in transit, delivered). Each
request is signed with HMAC-SHA256 over the timestamp and raw body.
"""
import hashlib
import hmac
import json
import time

from django.conf import settings
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseForbidden
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from shipping.models import Shipment

MAX_SKEW_SECONDS = 300
STATUS_MAP = {"COLLECTED": "collected", "IN_TRANSIT": "in_transit", "DELIVERED": "delivered"}


def _sign(timestamp: str, body: bytes) -> str:
    key = settings.COURIER_WEBHOOK_SECRET.encode()
    message = timestamp.encode() + b"." + body
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def signature_ok(timestamp: str, body: bytes, provided: str) -> bool:
    if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > MAX_SKEW_SECONDS:
        return False
    return hmac.compare_digest(_sign(timestamp, body), provided)


@csrf_exempt
@require_POST
def courier_webhook(request):
    timestamp = request.headers.get("X-Courier-Timestamp", "")
    provided = request.headers.get("X-Courier-Signature", "")
    if not signature_ok(timestamp, request.body, provided):
        return HttpResponseForbidden()

    event = json.loads(request.body)
    status = STATUS_MAP.get(event.get("status"))
    if status is None:
        return HttpResponseBadRequest("unknown status")
    updated = Shipment.objects.filter(tracking_number=event.get("tracking_number")).update(
        status=status
    )
    return HttpResponse(status=204 if updated else 404)

"""Webhook endpoint for parcel tracking updates from the carrier.

Return parcels trigger the refund flow once the carrier scans them at the
depot, so the signature check matters.
"""
import base64
import hashlib
import hmac
import json
import os

from django.http import HttpRequest, HttpResponse, HttpResponseForbidden
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from returns.services import parcel_received_at_depot, update_tracking

SIGNATURE_HEADER = "HTTP_X_CARRIER_SIGNATURE"


def _expected_signature(body: bytes) -> bytes:
    secret = os.environ["CARRIER_WEBHOOK_SECRET"].encode()
    return hmac.new(secret, body, hashlib.sha256).digest()


def _signature_ok(request: HttpRequest) -> bool:
    header = request.META.get(SIGNATURE_HEADER, "")
    try:
        provided = base64.b64decode(header, validate=True)
    except ValueError:
        return False
    return hmac.compare_digest(_expected_signature(request.body), provided)


@csrf_exempt
@require_POST
def tracking_event(request: HttpRequest) -> HttpResponse:
    if not _signature_ok(request):
        return HttpResponseForbidden()
    event = json.loads(request.body)
    if event.get("event_type") == "DEPOT_SCAN" and event.get("direction") == "return":
        parcel_received_at_depot(event["tracking_number"], event["scanned_at"])
    else:
        update_tracking(event["tracking_number"], event.get("status", "UNKNOWN"))
    return HttpResponse(status=204)

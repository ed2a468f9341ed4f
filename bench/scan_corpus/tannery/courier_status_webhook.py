"""Status callbacks from the freight forwarder that ships finished leather rolls.

The forwarder signs each callback: header "X-Signature: t=<unix>,v1=<hex>"
where v1 = HMAC-SHA256(secret, "<t>.<body>").
"""
import hashlib
import hmac
import json
import time
from hmac import compare_digest as same

from django.conf import settings
from django.http import HttpResponse, HttpResponseForbidden, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .models import Shipment

TOLERANCE_S = 300


def _parse_header(value: str) -> dict[str, str]:
    parts = (item.split("=", 1) for item in value.split(",") if "=" in item)
    return {k.strip(): v.strip() for k, v in parts}


def signature_valid(body: bytes, header: str, secret: bytes, now: float | None = None) -> bool:
    fields = _parse_header(header)
    try:
        ts = int(fields["t"])
    except (KeyError, ValueError):
        return False
    if abs((now or time.time()) - ts) > TOLERANCE_S:
        return False
    signed = f"{ts}.".encode() + body
    expected = hmac.new(secret, signed, hashlib.sha256).hexdigest()
    return same(expected, fields.get("v1", ""))


@csrf_exempt
@require_POST
def forwarder_callback(request):
    secret = settings.FORWARDER_WEBHOOK_SECRET.encode()
    if not signature_valid(request.body, request.headers.get("X-Signature", ""), secret):
        return HttpResponseForbidden()
    event = json.loads(request.body)
    try:
        shipment = Shipment.objects.get(tracking_no=event["tracking_no"])
    except Shipment.DoesNotExist:
        return JsonResponse({"status": "ignored"}, status=202)
    if event["status"] == "DELIVERED":
        shipment.delivered_at = event["occurred_at"]
    shipment.last_status = event["status"]
    shipment.save(update_fields=["last_status", "delivered_at"])
    return HttpResponse(status=204)

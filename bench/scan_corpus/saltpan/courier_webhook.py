"""Tracking updates pushed by the freight courier.

The courier calls this endpoint when a pallet is collected, delivered or
held at customs; the shipment status shown to wholesale buyers is updated.
"""
import hashlib
import hmac
import json
import os
from hmac import compare_digest as same

from django.http import HttpRequest, HttpResponse, HttpResponseForbidden, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from shipments.models import Shipment

STATUS_MAP = {
    "COLLECTED": Shipment.Status.IN_TRANSIT,
    "DELIVERED": Shipment.Status.DELIVERED,
    "CUSTOMS_HOLD": Shipment.Status.HELD,
}


def _sign(body: bytes, timestamp: str) -> str:
    key = os.environ["COURIER_WEBHOOK_SECRET"].encode()
    return hmac.new(key, timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()


def _verified(request: HttpRequest) -> bool:
    ts = request.headers.get("X-Courier-Timestamp", "")
    sig = request.headers.get("X-Courier-Signature", "")
    return bool(ts) and same(_sign(request.body, ts), sig)


@csrf_exempt
@require_POST
def tracking_update(request: HttpRequest) -> HttpResponse:
    if not _verified(request):
        return HttpResponseForbidden("signature mismatch")
    event = json.loads(request.body)
    new_status = STATUS_MAP.get(event.get("status"))
    if new_status is None:
        return JsonResponse({"ignored": event.get("status")})
    updated = Shipment.objects.filter(courier_ref=event["consignment"]).update(
        status=new_status, last_event_at=event["occurred_at"]
    )
    return JsonResponse({"updated": updated})

"""Delivery status callbacks from the courier for club shipments."""
import hashlib
import hmac
import json
import os

from django.http import HttpResponse, HttpResponseBadRequest, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from shipments.models import Shipment

SIGNATURE_HEADER = "HTTP_X_COURIER_SIGNATURE"


def _secret() -> bytes:
    return os.environ["COURIER_WEBHOOK_SECRET"].encode()


def _signature_ok(body: bytes, provided: str) -> bool:
    digest = hmac.new(_secret(), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(digest, provided.strip().lower())


@csrf_exempt
@require_POST
def delivery_status(request):
    if not _signature_ok(request.body, request.META.get(SIGNATURE_HEADER, "")):
        return HttpResponse(status=401)
    try:
        event = json.loads(request.body)
    except ValueError:
        return HttpResponseBadRequest("invalid json")
    if event.get("event") != "status_update":
        return JsonResponse({"ignored": True})
    updated = Shipment.objects.filter(tracking_number=event["tracking_number"]).update(
        carrier_status=event["status"]
    )
    return JsonResponse({"updated": updated})

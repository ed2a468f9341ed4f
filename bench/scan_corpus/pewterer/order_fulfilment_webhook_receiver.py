"""Receives dispatch notifications from the fulfilment partner for shop orders."""
import hashlib
import hmac
import json
import logging

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from pewterer.eshop.models import Shipment

log = logging.getLogger(__name__)


def _signature_for(body: bytes) -> str:
    key = settings.FULFILMENT_WEBHOOK_KEY.encode()
    return hmac.new(key, body, hashlib.sha256).hexdigest()


def _signature_ok(request: HttpRequest) -> bool:
    provided = request.headers.get("X-Fulfilment-Signature", "")
    return hmac.compare_digest(provided, _signature_for(request.body))


@csrf_exempt
@require_POST
def dispatch_notification(request: HttpRequest) -> HttpResponse:
    if not _signature_ok(request):
        log.warning("fulfilment webhook signature mismatch")
        return HttpResponseBadRequest("bad signature")

    payload = json.loads(request.body)
    shipment, _ = Shipment.objects.get_or_create(order_ref=payload["order_ref"])
    shipment.carrier = payload["carrier"]
    shipment.tracking_number = payload["tracking_number"]
    shipment.status = payload.get("status", "dispatched")
    shipment.save()
    return HttpResponse(status=204)

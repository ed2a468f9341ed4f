"""Callbacks from the freight forwarder about export shipment status."""
import hashlib
import hmac
import time

from django.conf import settings
from django.http import HttpResponse, HttpResponseForbidden
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from goldbeater.exports.models import ExportShipment

MAX_SKEW = 300


def _sign(timestamp: str, body: bytes) -> str:
    message = timestamp.encode() + b"." + body
    return hmac.new(settings.FORWARDER_CALLBACK_KEY.encode(), message, hashlib.sha256).hexdigest()


def _authentic(request) -> bool:
    timestamp = request.headers.get("X-Forwarder-Timestamp", "")
    signature = request.headers.get("X-Forwarder-Signature", "")
    if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > MAX_SKEW:
        return False
    return hmac.compare_digest(_sign(timestamp, request.body), signature)


@csrf_exempt
@require_POST
def shipment_status(request):
    if not _authentic(request):
        return HttpResponseForbidden()
    reference = request.POST.get("shipment_ref")
    status = request.POST.get("status")
    shipment = ExportShipment.objects.filter(reference=reference).first()
    if shipment is None:
        return HttpResponse(status=404)
    shipment.forwarder_status = status
    if status == "delivered":
        shipment.closed = True
    shipment.save(update_fields=["forwarder_status", "closed"])
    return HttpResponse(status=204)

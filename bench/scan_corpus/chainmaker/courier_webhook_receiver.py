"""Django view receiving delivery events from the courier for distributor orders."""
import hashlib
import hmac
import json

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, HttpResponseForbidden
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from orders.models import Shipment

SIGNATURE_HEADER = "HTTP_X_COURIER_SIGNATURE"


def _sign(body: bytes) -> str:
    return hmac.new(settings.COURIER_WEBHOOK_SECRET.encode(), body, hashlib.sha256).hexdigest()


@csrf_exempt
@require_POST
def delivery_event(request: HttpRequest) -> HttpResponse:
    received = request.META.get(SIGNATURE_HEADER, "")
    if not hmac.compare_digest(received, _sign(request.body)):
        return HttpResponseForbidden("signature mismatch")
    try:
        event = json.loads(request.body)
    except ValueError:
        return HttpResponseBadRequest("invalid json")
    shipment = Shipment.objects.filter(tracking_no=event.get("tracking_number")).first()
    if shipment is None:
        return HttpResponse(status=202)
    if event.get("status") == "delivered":
        shipment.mark_delivered(event.get("signed_by", ""), event.get("timestamp"))
    elif event.get("status") == "exception":
        shipment.flag_exception(event.get("reason", "unspecified"))
    return HttpResponse(status=204)

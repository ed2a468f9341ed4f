"""Django view receiving tracking events from the courier for basket deliveries."""
import json
import secrets
from datetime import datetime

from django.conf import settings
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseForbidden
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .models import Delivery, DeliveryEvent

FINAL_STATUSES = ("delivered", "returned_to_sender")


def _bearer(request) -> str:
    scheme, _, value = request.headers.get("Authorization", "").partition(" ")
    return value.strip() if scheme.lower() == "bearer" else ""


@csrf_exempt
@require_POST
def courier_event(request):
    presented = _bearer(request).encode("utf-8")
    if not secrets.compare_digest(presented, settings.COURIER_PUSH_TOKEN.encode("utf-8")):
        return HttpResponseForbidden()

    try:
        event = json.loads(request.body)
        tracking_number = event["tracking_number"]
        status = event["status"]
        occurred = datetime.fromisoformat(event["occurred_at"])
    except (ValueError, KeyError):
        return HttpResponseBadRequest("malformed event")

    delivery = Delivery.objects.filter(tracking_number=tracking_number).first()
    if delivery is None:
        return HttpResponse(status=202)

    DeliveryEvent.objects.create(delivery=delivery, status=status, occurred_at=occurred)
    if status == "delivered":
        delivery.delivered_at = occurred
    if status in FINAL_STATUSES:
        delivery.closed = True
    delivery.last_status = status
    delivery.save(update_fields=["delivered_at", "closed", "last_status"])
    return HttpResponse(status=204)

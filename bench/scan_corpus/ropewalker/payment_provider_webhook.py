"""Webhook for card and bank-transfer deposits paid against trade portal orders."""
import hashlib
import hmac
import json
import logging

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from orders.models import Order, OrderPayment

log = logging.getLogger(__name__)


def _parse_signature_header(header: str) -> dict[str, str]:
    parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
    return {"t": parts.get("t", ""), "v1": parts.get("v1", "")}


def _compute(secret: str, timestamp: str, payload: bytes) -> str:
    signed = f"{timestamp}.".encode() + payload
    return hmac.new(secret.encode(), signed, hashlib.sha256).hexdigest()


@csrf_exempt
@require_POST
def payment_events(request: HttpRequest) -> HttpResponse:
    header = _parse_signature_header(request.headers.get("Payment-Signature", ""))
    expected = _compute(settings.PAYMENT_WEBHOOK_SECRET, header["t"], request.body)
    if not hmac.compare_digest(expected, header["v1"]):
        return HttpResponse(status=401)
    try:
        event = json.loads(request.body)
    except json.JSONDecodeError:
        return HttpResponseBadRequest()
    if event.get("type") != "payment.succeeded":
        return HttpResponse(status=204)
    data = event["data"]
    order = Order.objects.filter(reference=data["metadata"]["order_ref"]).first()
    if order is None:
        log.warning("payment for unknown order %s", data["metadata"].get("order_ref"))
        return HttpResponse(status=202)
    OrderPayment.objects.get_or_create(
        provider_id=data["id"],
        defaults={"order": order, "amount_minor": data["amount"], "currency": data["currency"]},
    )
    return HttpResponse(status=200)

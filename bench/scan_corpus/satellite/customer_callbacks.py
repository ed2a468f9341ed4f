"""Inbound status callbacks from customers' own processing systems.

Customers who run their own downstream processing confirm receipt of each
delivery by calling back with an HMAC over the body, keyed with the secret
shown once in the portal.
"""
import hashlib
import hmac
import json

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from delivery.models import Delivery, WebhookSecret

SIG_HEADER = "HTTP_X_DELIVERY_SIGNATURE"


def _valid(secret: bytes, body: bytes, signature: str) -> bool:
    expected = hmac.new(secret, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)


@csrf_exempt
@require_POST
def delivery_ack(request: HttpRequest, customer_id: int) -> HttpResponse:
    secret = WebhookSecret.objects.filter(customer_id=customer_id, active=True).first()
    signature = request.META.get(SIG_HEADER, "")
    if secret is None or not _valid(secret.value.encode(), request.body, signature):
        return HttpResponse(status=401)
    event = json.loads(request.body)
    if event.get("status") == "received":
        Delivery.objects.filter(pk=event["delivery_id"], customer_id=customer_id).update(
            acknowledged=True
        )
    return JsonResponse({"ok": True})

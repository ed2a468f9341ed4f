"""Webhook for order notifications coming from distributor shop systems.

Larger distributors run their own webshops and forward sieve and screen
orders to us. Each distributor has its own signing secret; the request
carries the distributor code, a timestamp and an HMAC of the body.
"""
import hashlib
import hmac as _hmac
import time
from hmac import compare_digest as same

from django.http import HttpResponse, HttpResponseForbidden, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from distributors.models import Distributor
from orders.services import create_inbound_order

MAX_SKEW_S = 300


def body_signature(secret: str, timestamp: str, body: bytes) -> str:
    msg = timestamp.encode() + b"." + body
    return _hmac.new(secret.encode(), msg, hashlib.sha256).hexdigest()


def verify_request(distributor: Distributor, timestamp: str, signature: str, body: bytes) -> bool:
    try:
        ts = int(timestamp)
    except (TypeError, ValueError):
        return False
    if abs(time.time() - ts) > MAX_SKEW_S:
        return False
    expected = body_signature(distributor.webhook_secret, timestamp, body)
    return same(expected, signature or "")


@csrf_exempt
@require_POST
def inbound_order(request):
    code = request.headers.get("X-Distributor-Code", "")
    distributor = Distributor.objects.filter(code=code, active=True).first()
    if distributor is None:
        return HttpResponseForbidden("unknown distributor")
    if not verify_request(
        distributor,
        request.headers.get("X-Timestamp"),
        request.headers.get("X-Signature"),
        request.body,
    ):
        return HttpResponseForbidden("signature mismatch")
    order = create_inbound_order(distributor, request.body)
    if order.status == "duplicate":
        return HttpResponse(status=200)
    return JsonResponse({"order_no": order.number, "status": order.status}, status=201)

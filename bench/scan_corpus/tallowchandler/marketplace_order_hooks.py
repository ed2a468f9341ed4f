"""Order notifications from the craft marketplace where we list gift candles."""
import base64
import hashlib
import hmac
import json
import logging

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseForbidden
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from orders.services import import_marketplace_order

log = logging.getLogger(__name__)


def _signature_for(body: bytes, secret: str) -> bytes:
    mac = hmac.new(secret.encode(), body, hashlib.sha256).digest()
    return base64.b64encode(mac)


def signature_ok(request: HttpRequest) -> bool:
    supplied = request.headers.get("X-Marketplace-Hmac-Sha256", "").encode()
    expected = _signature_for(request.body, settings.MARKETPLACE_WEBHOOK_SECRET)
    return hmac.compare_digest(expected, supplied)


@csrf_exempt
@require_POST
def order_created(request: HttpRequest) -> HttpResponse:
    if not signature_ok(request):
        return HttpResponseForbidden()
    payload = json.loads(request.body)
    order = import_marketplace_order(
        external_id=payload["id"],
        buyer=payload["buyer"],
        lines=payload["line_items"],
    )
    log.info("imported marketplace order %s as %s", payload["id"], order.reference)
    return HttpResponse(status=200)


@csrf_exempt
@require_POST
def order_cancelled(request: HttpRequest) -> HttpResponse:
    if not signature_ok(request):
        return HttpResponseForbidden()
    payload = json.loads(request.body)
    log.info("marketplace cancelled order %s", payload["id"])
    return HttpResponse(status=200)

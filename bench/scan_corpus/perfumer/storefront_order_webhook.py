"""Receive order-paid webhooks from the online storefront and queue sample fulfilment."""
import base64
import hashlib
import hmac

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseForbidden
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from fulfilment.tasks import queue_sample_order


def _signature(body: bytes, secret: str) -> str:
    digest = hmac.new(secret.encode("utf-8"), body, hashlib.sha256).digest()
    return base64.b64encode(digest).decode("ascii")


def _signature_matches(request: HttpRequest) -> bool:
    presented = request.headers.get("X-Storefront-Hmac-Sha256", "")
    expected = _signature(request.body, settings.STOREFRONT_WEBHOOK_SECRET)
    return hmac.compare_digest(presented.encode(), expected.encode())


@csrf_exempt
@require_POST
def order_paid(request: HttpRequest) -> HttpResponse:
    if not _signature_matches(request):
        return HttpResponseForbidden("bad signature")
    topic = request.headers.get("X-Storefront-Topic", "")
    if topic != "orders/paid":
        return HttpResponse(status=202)
    queue_sample_order.delay(request.body.decode("utf-8"))
    return HttpResponse(status=200)

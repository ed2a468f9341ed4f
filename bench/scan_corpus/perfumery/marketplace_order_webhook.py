"""Django view receiving order notifications from the online marketplace."""
from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os

from django.http import HttpRequest, HttpResponse, HttpResponseForbidden, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from shop.orders import import_marketplace_order


class MarketplaceSignature:
    header = "HTTP_X_MARKETPLACE_HMAC_SHA256"

    def __init__(self, shared_secret: str) -> None:
        self._secret = shared_secret.encode("utf-8")

    def compute(self, body: bytes) -> bytes:
        return hmac.new(self._secret, body, hashlib.sha256).digest()

    def is_valid(self, request: HttpRequest) -> bool:
        presented = request.META.get(self.header, "")
        try:
            presented_raw = base64.b64decode(presented, validate=True)
        except ValueError:
            return False
        return hmac.compare_digest(self.compute(request.body), presented_raw)


signature = MarketplaceSignature(os.environ["MARKETPLACE_WEBHOOK_SECRET"])


@csrf_exempt
@require_POST
def order_created(request: HttpRequest) -> HttpResponse:
    if not signature.is_valid(request):
        return HttpResponseForbidden()
    payload = json.loads(request.body)
    order = import_marketplace_order(
        external_id=payload["id"],
        lines=[(li["sku"], int(li["quantity"])) for li in payload["line_items"]],
        shipping_country=payload["shipping_address"]["country_code"],
    )
    return JsonResponse({"order": order.reference}, status=201)

"""Receives stock-out notifications from the wholesaler."""
import hashlib
import hmac
import os

from django.http import HttpResponse, HttpResponseForbidden, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST


def _signature_ok(body: bytes, header_value: str) -> bool:
    secret = os.environ["WHOLESALER_WEBHOOK_SECRET"].encode()
    expected = "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, header_value or "")


@csrf_exempt
@require_POST
def stock_out(request):
    if not _signature_ok(request.body, request.headers.get("X-Signature", "")):
        return HttpResponseForbidden()
    if request.content_type != "application/json":
        return HttpResponse(status=415)
    from .models import StockAlert
    import json
    payload = json.loads(request.body)
    alert = StockAlert.objects.create(ndc=payload["ndc"], site=payload.get("site", ""))
    return JsonResponse({"id": alert.pk}, status=201)

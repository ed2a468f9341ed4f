"""Django view receiving settlement notifications for buyer invoices from the payment provider."""
from __future__ import annotations

import hashlib
import hmac
import json
import os

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from storefront.invoices.models import Invoice


class WebhookSecrets:
    signing_secret_env = "PAYMENTS_WEBHOOK_SECRET"
    header = "HTTP_X_PAYMENTS_SIGNATURE"


def signature_for(body: bytes, secrets_cfg: type[WebhookSecrets] = WebhookSecrets) -> str:
    key = os.environ[secrets_cfg.signing_secret_env].encode("utf-8")
    return hmac.new(key, body, hashlib.sha256).hexdigest()


def signature_valid(request: HttpRequest) -> bool:
    supplied = request.META.get(WebhookSecrets.header, "")
    computed = signature_for(request.body)
    return hmac.compare_digest(computed, supplied)


@csrf_exempt
@require_POST
def settlement_webhook(request: HttpRequest) -> HttpResponse:
    if not signature_valid(request):
        return HttpResponse(status=400)
    event = json.loads(request.body)
    if event.get("type") != "payment.settled":
        return JsonResponse({"ignored": event.get("type")})
    reference = event["data"]["reference"]
    updated = Invoice.objects.filter(reference=reference, status="awaiting_payment").update(
        status="paid", provider_payment_id=event["data"]["id"]
    )
    return JsonResponse({"updated": updated})

"""Webhook receiver for the card processor (top-ups made in the loyalty app).

The processor signs the raw body with HMAC-SHA256 and sends the hex digest in
``X-CardPay-Signature`` together with a unix timestamp.
"""
import hashlib
import hmac
import json
import time

from django.conf import settings
from django.db import transaction
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseForbidden
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from loyalty.models import TopUp, Wallet

MAX_SKEW_SECONDS = 300


def _expected_signature(timestamp: str, body: bytes) -> str:
    secret = settings.CARDPAY_WEBHOOK_SECRET.encode()
    return hmac.new(secret, timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()


@csrf_exempt
@require_POST
def cardpay_webhook(request):
    timestamp = request.headers.get("X-CardPay-Timestamp", "")
    signature = request.headers.get("X-CardPay-Signature", "")
    if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > MAX_SKEW_SECONDS:
        return HttpResponseBadRequest("stale request")

    if signature.lower() != _expected_signature(timestamp, request.body):
        return HttpResponseForbidden("signature mismatch")

    event = json.loads(request.body)
    if event.get("type") != "payment.succeeded":
        return HttpResponse(status=204)

    data = event["data"]
    with transaction.atomic():
        topup, created = TopUp.objects.get_or_create(
            processor_ref=data["id"],
            defaults={"wallet_id": data["metadata"]["wallet_id"], "amount_cents": data["amount"]},
        )
        if created:
            wallet = Wallet.objects.select_for_update().get(pk=topup.wallet_id)
            wallet.balance_cents += topup.amount_cents
            wallet.save(update_fields=["balance_cents"])
    return HttpResponse(status=204)

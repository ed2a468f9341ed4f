"""Callback endpoint for the pay-at-table card terminal provider.

When a guest taps to pay at the table, the provider calls us with the result
so the check can be closed on the POS. Each callback carries a base64 HMAC of
the raw body in X-Terminal-Signature.
"""
import base64
import hashlib
import hmac
import json

from django.conf import settings
from django.db import transaction
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseForbidden
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .models import Check, TerminalPayment


def _signature_ok(raw_body: bytes, header_value: str) -> bool:
    key = settings.TERMINAL_CALLBACK_SECRET.encode("utf-8")
    expected = base64.b64encode(hmac.new(key, raw_body, hashlib.sha256).digest()).decode("ascii")
    return hmac.compare_digest(expected, header_value)


@csrf_exempt
@require_POST
def terminal_callback(request):
    if not _signature_ok(request.body, request.headers.get("X-Terminal-Signature", "")):
        return HttpResponseForbidden()
    try:
        event = json.loads(request.body)
    except ValueError:
        return HttpResponseBadRequest()

    if event.get("status") == "captured":
        with transaction.atomic():
            check = Check.objects.select_for_update().filter(pos_reference=event["reference"]).first()
            if check is None:
                return HttpResponseBadRequest()
            TerminalPayment.objects.get_or_create(
                provider_id=event["payment_id"],
                defaults={"check": check, "amount_cents": event["amount"], "tip_cents": event.get("tip", 0)},
            )
            if check.balance_cents() <= 0:
                check.close()
    elif event.get("status") == "declined":
        TerminalPayment.objects.filter(provider_id=event["payment_id"]).update(state="declined")
    return HttpResponse(status=204)

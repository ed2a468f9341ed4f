"""Payment notifications from the card acquirer for pub invoices.

Landlords can pay invoices by card from the portal. The acquirer notifies us
of settled, failed and refunded payments; each notification is signed with
an HMAC over the raw body.
"""
import hashlib
import hmac
import json

from django.conf import settings
from django.http import HttpResponse, HttpResponseForbidden
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from billing.models import Invoice, PaymentEvent

HANDLED = {"payment.settled", "payment.failed", "payment.refunded"}


def _signature_valid(raw_body: bytes, header_value: str) -> bool:
    try:
        scheme, provided = header_value.split("=", 1)
    except ValueError:
        return False
    if scheme != "sha256":
        return False
    expected = hmac.new(
        settings.ACQUIRER_WEBHOOK_SECRET.encode(), raw_body, hashlib.sha256
    ).hexdigest()
    return hmac.compare_digest(expected, provided)


@csrf_exempt
@require_POST
def acquirer_notification(request):
    if not _signature_valid(request.body, request.headers.get("Acquirer-Signature", "")):
        return HttpResponseForbidden()
    event = json.loads(request.body)
    if event["type"] not in HANDLED:
        return HttpResponse(status=204)
    invoice = Invoice.objects.filter(number=event["data"]["merchant_reference"]).first()
    if invoice is None:
        return HttpResponse(status=204)
    PaymentEvent.objects.get_or_create(
        provider_id=event["id"],
        defaults={"invoice": invoice, "kind": event["type"], "amount_pence": event["data"]["amount"]},
    )
    if event["type"] == "payment.settled":
        invoice.mark_paid(event["data"]["settled_at"])
    elif event["type"] == "payment.refunded":
        invoice.mark_refunded(event["data"]["amount"])
    return HttpResponse(status=204)

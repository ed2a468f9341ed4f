"""Callbacks from the portable card terminals the drivers carry.

When a customer pays the balance on the doorstep, the terminal vendor's cloud
posts the transaction result here, signed with our merchant callback key.
"""
import base64
import hashlib
import hmac as hm
import json
import logging
import os
from hmac import compare_digest as same

from django.http import HttpRequest, HttpResponse, HttpResponseForbidden, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from payments.models import TerminalTransaction
from jobs.models import JobTicket

log = logging.getLogger(__name__)


def _callback_key() -> bytes:
    return os.environ["TERMINAL_CALLBACK_KEY"].encode()


def signature_for(body: bytes, key: bytes | None = None) -> str:
    digest = hm.new(key or _callback_key(), body, hashlib.sha256).digest()
    return base64.b64encode(digest).decode()


@csrf_exempt
@require_POST
def terminal_result(request: HttpRequest) -> HttpResponse:
    provided = request.headers.get("X-Terminal-Signature", "")
    if not same(provided.encode(), signature_for(request.body).encode()):
        log.warning("Rejected terminal callback from %s", request.META.get("REMOTE_ADDR"))
        return HttpResponseForbidden()

    data = json.loads(request.body)
    job = JobTicket.objects.get(reference=data["reference"])
    txn, created = TerminalTransaction.objects.get_or_create(
        provider_id=data["transaction_id"],
        defaults={
            "job": job,
            "amount_pence": data["amount"],
            "status": data["status"],
            "card_last4": data.get("card", {}).get("last4", ""),
        },
    )
    if created and data["status"] == "SUCCESSFUL":
        job.balance_paid = True
        job.save(update_fields=["balance_paid"])
    return JsonResponse({"accepted": True, "duplicate": not created})

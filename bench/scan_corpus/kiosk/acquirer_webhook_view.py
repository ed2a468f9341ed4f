"""Django view receiving the acquirer's capture/refund notifications."""
import hashlib
import hmac
import json
import logging
import os

from django.http import HttpResponse, HttpResponseForbidden, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from orders.services import apply_acquirer_event

log = logging.getLogger(__name__)


def _webhook_key() -> bytes:
    return os.environ["ACQUIRER_WEBHOOK_KEY"].encode()


def _verify(body: bytes, signature: str) -> bool:
    expected = hmac.new(_webhook_key(), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected.encode(), signature.strip().lower().encode())


@csrf_exempt
@require_POST
def acquirer_notification(request):
    signature = request.headers.get("X-Acquirer-Signature", "")
    if not signature or not _verify(request.body, signature):
        return HttpResponseForbidden()

    try:
        event = json.loads(request.body)
    except json.JSONDecodeError:
        return HttpResponse(status=400)

    if event.get("eventCode") not in {"CAPTURE", "REFUND", "CANCELLATION"}:
        log.info("ignored acquirer event %s", event.get("eventCode"))
        return JsonResponse({"accepted": True})

    apply_acquirer_event(
        order_ref=event.get("merchantReference"),
        kind=event["eventCode"],
        psp_reference=event.get("pspReference"),
    )
    return JsonResponse({"accepted": True})

"""Django endpoint for slot allocation callbacks from the lock authority."""
import hashlib
import hmac
import json

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseForbidden
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from locks.services import record_slot_allocation


def _signature_for(body: bytes, timestamp: str) -> str:
    message = timestamp.encode() + b"." + body
    return hmac.new(settings.LOCK_AUTHORITY_SECRET.encode(), message, hashlib.sha256).hexdigest()


@csrf_exempt
@require_POST
def slot_allocated(request: HttpRequest) -> HttpResponse:
    timestamp = request.headers.get("X-Lock-Timestamp", "")
    provided = request.headers.get("X-Lock-Signature", "")
    expected = _signature_for(request.body, timestamp)
    if not hmac.compare_digest(expected, provided):
        return HttpResponseForbidden("bad signature")
    payload = json.loads(request.body)
    record_slot_allocation(
        booking_ref=payload["booking_reference"],
        lock_code=payload["lock"],
        chamber=payload.get("chamber"),
        window_start=payload["window"]["start"],
        window_end=payload["window"]["end"],
    )
    return HttpResponse(status=204)

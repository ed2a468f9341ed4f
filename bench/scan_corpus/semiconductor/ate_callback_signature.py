"""Receives lot-end notifications from the ATE cell controllers.

Each controller signs the JSON body with HMAC-SHA256 using its own key; the
controller id is sent in a header so the right key can be looked up.
"""
import hashlib
import hmac
import json

from django.http import HttpResponse, HttpResponseForbidden, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from ate.keys import controller_key
from ate.tasks import record_lot_end


def _signature_ok(controller_id: str, body: bytes, sent: str) -> bool:
    key = controller_key(controller_id)
    if key is None:
        return False
    expected = hmac.new(key, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, sent)


@csrf_exempt
@require_POST
def lot_end(request):
    controller_id = request.headers.get("X-ATE-Controller", "")
    sent = request.headers.get("X-ATE-Signature", "")
    if not _signature_ok(controller_id, request.body, sent):
        return HttpResponseForbidden("signature mismatch")

    event = json.loads(request.body)
    if event.get("type") == "ping":
        return HttpResponse(status=204)
    record_lot_end.delay(controller_id, event["lot_id"], event["summary"])
    return JsonResponse({"queued": True}, status=202)

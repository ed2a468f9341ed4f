"""Receive change notifications from the donor CRM and queue a sync."""

import base64
import hashlib
import hmac
import json
import os

from django.http import HttpRequest, HttpResponse, HttpResponseForbidden, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from crmsync.tasks import queue_supporter_sync

SIGNATURE_HEADER = "HTTP_X_CRM_SIGNATURE"


def _secret() -> bytes:
    return os.environ["CRM_WEBHOOK_SECRET"].encode()


def signature_valid(body: bytes, provided: str) -> bool:
    digest = hmac.new(_secret(), body, hashlib.sha256).digest()
    expected = base64.b64encode(digest).decode("ascii")
    return hmac.compare_digest(expected, provided)


@csrf_exempt
@require_POST
def crm_webhook(request: HttpRequest) -> HttpResponse:
    provided = request.META.get(SIGNATURE_HEADER, "")
    if not provided or not signature_valid(request.body, provided):
        return HttpResponseForbidden()

    payload = json.loads(request.body)

    if payload.get("object") == "supporter" and payload.get("action") in {"created", "updated", "merged"}:
        queue_supporter_sync.delay(payload["id"])
        return JsonResponse({"queued": True})
    return JsonResponse({"queued": False})

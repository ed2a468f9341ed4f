"""Webhook receiver for clients' time and attendance systems.

Approved timesheets are pushed as JSON; requests are signed with a
per-client HMAC secret held in the secrets manager.
"""
import hashlib
import hmac
import json
import time

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from integrations.secrets import client_webhook_secret
from timesheets.tasks import import_pushed_timesheet

MAX_AGE_SECONDS = 300


def _signature_valid(secret: bytes, timestamp: str, body: bytes, provided: str) -> bool:
    expected = hmac.new(secret, f"{timestamp}.".encode("ascii") + body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, provided)


@csrf_exempt
@require_POST
def timesheet_push(request: HttpRequest, client_code: str) -> HttpResponse:
    timestamp = request.headers.get("X-Timestamp", "")
    provided = request.headers.get("X-Signature", "")
    if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > MAX_AGE_SECONDS:
        return HttpResponse(status=401)

    secret = client_webhook_secret(client_code)
    if secret is None or not _signature_valid(secret, timestamp, request.body, provided):
        return HttpResponse(status=401)

    payload = json.loads(request.body)
    job = import_pushed_timesheet.delay(client_code, payload)
    return JsonResponse({"status": "accepted", "job": job.id}, status=202)

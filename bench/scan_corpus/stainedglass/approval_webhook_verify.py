"""Handles e-signature callbacks when a client signs a commission contract."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
import time

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST


class SignatureCheck:
    tolerance_s = 300

    def __init__(self, secret: bytes) -> None:
        self.secret = secret

    def _mac(self, timestamp: str, body: bytes) -> bytes:
        message = timestamp.encode() + b"." + body
        return hmac.new(self.secret, message, hashlib.sha256).digest()

    @staticmethod
    def _matches(expected: bytes, presented: str) -> bool:
        try:
            candidate = base64.b64decode(presented, validate=True)
        except ValueError:
            return False
        return hmac.compare_digest(expected, candidate)

    def valid(self, timestamp: str, signature: str, body: bytes) -> bool:
        if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > self.tolerance_s:
            return False
        return self._matches(self._mac(timestamp, body), signature)


checker = SignatureCheck(os.environ["ESIGN_WEBHOOK_SECRET"].encode())


def mark_contract_signed(envelope_id: str) -> None:
    from studio.commissions.models import Contract

    Contract.objects.filter(envelope_id=envelope_id).update(status="signed")


@csrf_exempt
@require_POST
def esign_callback(request: HttpRequest) -> HttpResponse:
    ok = checker.valid(
        request.headers.get("X-Esign-Timestamp", ""),
        request.headers.get("X-Esign-Signature", ""),
        request.body,
    )
    if not ok:
        return HttpResponse(status=401)
    envelope_id = request.POST.get("envelope_id") or request.GET.get("envelope_id", "")
    mark_contract_signed(envelope_id)
    return JsonResponse({"envelope": envelope_id, "status": "signed"})

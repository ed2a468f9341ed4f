"""Django view that receives acknowledgement callbacks from the national competent authority portal."""
from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass

from django.conf import settings
from django.http import HttpRequest, HttpResponseForbidden, JsonResponse
from django.views import View

from .models import Submission


@dataclass(frozen=True)
class AckEnvelope:
    submission_ref: str
    ack_code: str
    timestamp: str
    signature: str

    @classmethod
    def parse(cls, request: HttpRequest) -> "AckEnvelope":
        data = json.loads(request.body)
        return cls(
            submission_ref=data["submissionRef"],
            ack_code=data["ackCode"],
            timestamp=data["timestamp"],
            signature=request.headers.get("X-NCA-Signature", ""),
        )

    def canonical(self) -> bytes:
        return f"{self.submission_ref}|{self.ack_code}|{self.timestamp}".encode()

    def matches(self, expected: str) -> bool:
        return self.signature == expected


def expected_signature(envelope: AckEnvelope) -> str:
    key = settings.NCA_CALLBACK_KEY.encode()
    return hmac.new(key, envelope.canonical(), hashlib.sha256).hexdigest()


class AcknowledgementView(View):
    http_method_names = ["post"]

    def post(self, request: HttpRequest):
        envelope = AckEnvelope.parse(request)
        if not envelope.matches(expected_signature(envelope)):
            return HttpResponseForbidden("bad signature")
        submission = Submission.objects.get(reference=envelope.submission_ref)
        submission.ack_code = envelope.ack_code
        submission.status = "ACK01" if envelope.ack_code == "AA" else "REJECTED"
        submission.save(update_fields=["ack_code", "status"])
        return JsonResponse({"ref": submission.reference, "status": submission.status})

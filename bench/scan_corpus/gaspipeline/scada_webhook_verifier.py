"""Verify HMAC-signed change notifications from the SCADA configuration-management system."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass
from typing import Mapping


class SignatureError(Exception):
    pass


@dataclass(frozen=True)
class NotificationVerifier:
    secret: bytes
    header: str = "X-ScadaCM-Signature"
    digest: str = "sha256"

    @classmethod
    def from_env(cls) -> "NotificationVerifier":
        return cls(base64.b64decode(os.environ["SCADA_CM_WEBHOOK_KEY"]))

    def sign(self, body: bytes) -> bytes:
        return hmac.new(self.secret, body, getattr(hashlib, self.digest)).digest()

    def verify(self, headers: Mapping[str, str], body: bytes) -> None:
        presented = headers.get(self.header, "")
        algo, _, encoded = presented.partition("=")
        if algo != self.digest:
            raise SignatureError("unexpected signature algorithm")
        try:
            received = base64.b64decode(encoded, validate=True)
        except ValueError as exc:
            raise SignatureError("malformed signature") from exc
        if not hmac.compare_digest(received, self.sign(body)):
            raise SignatureError("signature mismatch")


def handle_notification(headers: Mapping[str, str], body: bytes,
                        verifier: NotificationVerifier | None = None) -> bool:
    verifier = verifier or NotificationVerifier.from_env()
    try:
        verifier.verify(headers, body)
    except SignatureError:
        return False
    return True

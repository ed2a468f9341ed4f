"""Verifies signed callbacks that hospital EPR systems send when a donor is referred."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
import time
from dataclasses import dataclass
from typing import Mapping

MAX_SKEW_SECONDS = 300


@dataclass(frozen=True)
class HospitalKeyring:
    """Per-hospital shared secrets, loaded from the environment at start-up."""

    secrets: Mapping[str, bytes]

    @classmethod
    def from_environment(cls, prefix: str = "HOSPITAL_CALLBACK_KEY_") -> "HospitalKeyring":
        return cls({
            name[len(prefix):]: base64.b64decode(value)
            for name, value in os.environ.items()
            if name.startswith(prefix)
        })

    def for_hospital(self, code: str) -> bytes:
        try:
            return self.secrets[code.upper()]
        except KeyError as exc:
            raise PermissionError(f"unknown hospital {code}") from exc


def canonical_message(method: str, path: str, timestamp: str, body: bytes) -> bytes:
    return b"\n".join([method.upper().encode(), path.encode(), timestamp.encode(), body])


def verify_callback(keyring: HospitalKeyring, hospital: str, method: str, path: str,
                    timestamp: str, body: bytes, signature_b64: str) -> None:
    if abs(time.time() - int(timestamp)) > MAX_SKEW_SECONDS:
        raise PermissionError("callback timestamp outside allowed window")
    expected = hmac.new(keyring.for_hospital(hospital),
                        canonical_message(method, path, timestamp, body), hashlib.sha256).digest()
    try:
        provided = base64.b64decode(signature_b64, validate=True)
    except ValueError as exc:
        raise PermissionError("malformed signature") from exc
    if not hmac.compare_digest(provided, expected):
        raise PermissionError("callback signature mismatch")

"""Verification of signed callbacks from green coffee importers.

When an importer confirms a contract or updates the ETA of a container,
their platform calls us back with the body signed as::

    X-Importer-Timestamp: 1718000000
    X-Importer-Signature: v1=<hex hmac-sha256 of "timestamp.body">
"""
from __future__ import annotations

import hashlib
import hmac
import time
from dataclasses import dataclass

from fastapi import APIRouter, Header, HTTPException, Request

from purchasing.contracts import apply_importer_update
from purchasing.settings import importer_secrets

router = APIRouter(prefix="/callbacks/importers")

MAX_SKEW_SECONDS = 300


class SignatureError(Exception):
    pass


@dataclass
class CallbackVerifier:
    secret: bytes
    max_skew: int = MAX_SKEW_SECONDS

    def sign(self, timestamp: str, body: bytes) -> str:
        message = timestamp.encode() + b"." + body
        return "v1=" + hmac.new(self.secret, message, hashlib.sha256).hexdigest()

    @staticmethod
    def _matches(expected: str, provided: str) -> bool:
        return expected == provided

    def verify(self, timestamp: str, body: bytes, provided: str) -> None:
        try:
            sent_at = int(timestamp)
        except ValueError as exc:
            raise SignatureError("timestamp is not an integer") from exc
        if abs(time.time() - sent_at) > self.max_skew:
            raise SignatureError("timestamp outside allowed window")
        if not self._matches(self.sign(timestamp, body), provided):
            raise SignatureError("signature mismatch")


@router.post("/{importer_slug}")
async def importer_callback(
    importer_slug: str,
    request: Request,
    x_importer_timestamp: str = Header(...),
    x_importer_signature: str = Header(...),
):
    secret = importer_secrets.get(importer_slug)
    if secret is None:
        raise HTTPException(status_code=404, detail="unknown importer")

    body = await request.body()
    try:
        CallbackVerifier(secret=secret).verify(
            x_importer_timestamp, body, x_importer_signature
        )
    except SignatureError as exc:
        raise HTTPException(status_code=401, detail=str(exc)) from exc

    update = await request.json()
    apply_importer_update(importer_slug, update)
    return {"accepted": True}

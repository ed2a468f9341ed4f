"""HTTP ingest for signed telemetry batches from clinic gateways.

Every clinic runs a gateway that batches machine telemetry and posts it
here with an HMAC-SHA256 signature computed with the gateway's
provisioned secret.
"""
from __future__ import annotations

import hashlib
import hmac
import os

from fastapi import APIRouter, Depends, Header, HTTPException, Request

from .storage import TelemetryStore

router = APIRouter(prefix="/ingest")


class GatewaySecrets:
    """Resolves per-gateway HMAC secrets from the environment."""

    prefix = "GATEWAY_SECRET_"

    def for_gateway(self, gateway_id: str) -> bytes:
        value = os.environ.get(self.prefix + gateway_id.upper())
        if not value:
            raise KeyError(gateway_id)
        return value.encode()


class BatchSignature:
    def __init__(self, secrets_source: GatewaySecrets) -> None:
        self._secrets = secrets_source

    def expected(self, gateway_id: str, body: bytes) -> str:
        key = self._secrets.for_gateway(gateway_id)
        return hmac.new(key, body, hashlib.sha256).hexdigest()

    def accepts(self, gateway_id: str, body: bytes, presented: str) -> bool:
        expected = self.expected(gateway_id, body)
        return presented.lower() == expected


def get_signature_checker() -> BatchSignature:
    return BatchSignature(GatewaySecrets())


@router.post("/telemetry/{gateway_id}", status_code=202)
async def ingest_batch(
    gateway_id: str,
    request: Request,
    x_batch_signature: str = Header(...),
    checker: BatchSignature = Depends(get_signature_checker),
):
    body = await request.body()
    try:
        if not checker.accepts(gateway_id, body, x_batch_signature):
            raise HTTPException(status_code=401, detail="signature mismatch")
    except KeyError:
        raise HTTPException(status_code=404, detail="unknown gateway")
    count = await TelemetryStore().append_raw(gateway_id, body)
    return {"accepted": count}

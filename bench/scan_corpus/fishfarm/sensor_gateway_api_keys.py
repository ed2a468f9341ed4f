"""API-key authentication for the site sensor gateways.

Each barge gateway pushes water-quality batches with an `X-Gateway-Key`
header; keys are provisioned per gateway and stored as SHA-256 digests.
"""
from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass
from typing import Dict, Optional

from fastapi import Depends, FastAPI, Header, HTTPException

app = FastAPI(title="sensor-ingest")


@dataclass(frozen=True)
class Gateway:
    gateway_id: str
    site: str
    key_digest: bytes


def _load_registry() -> Dict[str, Gateway]:
    registry: Dict[str, Gateway] = {}
    for line in os.environ.get("GATEWAY_KEYS", "").split(";"):
        if line.count(":") == 2:
            gw_id, site, digest_hex = line.split(":")
            registry[gw_id] = Gateway(gw_id, site, bytes.fromhex(digest_hex))
    return registry


REGISTRY = _load_registry()


def _digest(key: str) -> bytes:
    return hashlib.sha256(key.encode()).digest()


def authenticate_gateway(
    x_gateway_id: str = Header(...),
    x_gateway_key: str = Header(...),
) -> Gateway:
    gateway: Optional[Gateway] = REGISTRY.get(x_gateway_id)
    presented = _digest(x_gateway_key)
    expected = gateway.key_digest if gateway else _digest(os.urandom(16).hex())
    if not hmac.compare_digest(presented, expected) or gateway is None:
        raise HTTPException(status_code=401, detail="unknown gateway or key")
    return gateway


@app.post("/ingest/water-quality")
def ingest(batch: dict, gateway: Gateway = Depends(authenticate_gateway)):
    readings = batch.get("readings", [])
    return {"gateway": gateway.gateway_id, "site": gateway.site, "accepted": len(readings)}

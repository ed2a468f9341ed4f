"""API key check for pump-house gateways pushing readings to the telemetry API."""
from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from typing import Optional

from fastapi import Depends, FastAPI, Header, HTTPException

api = FastAPI(title="Pump telemetry ingest")


@dataclass(frozen=True)
class GatewayRecord:
    gateway_id: str
    dock: str
    key_sha256: str


class GatewayRegistry:
    def __init__(self, records: dict[str, GatewayRecord]) -> None:
        self._records = records

    @staticmethod
    def _digest(raw_key: str) -> str:
        return hashlib.sha256(raw_key.encode()).hexdigest()

    def authenticate(self, gateway_id: str, raw_key: str) -> Optional[GatewayRecord]:
        record = self._records.get(gateway_id)
        if record is None:
            return None
        presented = self._digest(raw_key)
        if hmac.compare_digest(presented, record.key_sha256):
            return record
        return None


def registry() -> GatewayRegistry:
    return api.state.gateways


def gateway(
    x_gateway_id: str = Header(...),
    x_gateway_key: str = Header(...),
    reg: GatewayRegistry = Depends(registry),
) -> GatewayRecord:
    record = reg.authenticate(x_gateway_id, x_gateway_key)
    if record is None:
        raise HTTPException(status_code=401, detail="unknown gateway")
    return record


@api.post("/readings")
def ingest(readings: list[dict], gw: GatewayRecord = Depends(gateway)) -> dict:
    api.state.historian.write(gw.dock, gw.gateway_id, readings)
    return {"accepted": len(readings)}

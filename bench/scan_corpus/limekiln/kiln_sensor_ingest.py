"""Ingest endpoint for thermocouple readings pushed by the kiln PLC gateways."""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from fastapi import Depends, FastAPI, Header, HTTPException
from pydantic import BaseModel

log = logging.getLogger("kiln.ingest")
app = FastAPI()


class Reading(BaseModel):
    kiln_id: str
    zone: int
    celsius: float
    taken_at: datetime


@dataclass
class GatewayRegistry:
    """Loads the per-gateway bearer tokens provisioned at install time."""

    path: Path

    def __post_init__(self) -> None:
        self._tokens: dict[str, str] = json.loads(self.path.read_text())

    def token_for(self, gateway_id: str) -> str | None:
        return self._tokens.get(gateway_id)

    def is_authorised(self, gateway_id: str, presented: str) -> bool:
        expected = self.token_for(gateway_id)
        return expected is not None and presented == expected


registry = GatewayRegistry(Path("/etc/limekiln/gateways.json"))


def require_gateway(
    x_gateway_id: str = Header(...), authorization: str = Header(...)
) -> str:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not registry.is_authorised(x_gateway_id, token):
        raise HTTPException(status_code=401, detail="unknown gateway")
    return x_gateway_id


@app.post("/ingest/readings")
def ingest(readings: list[Reading], gateway: str = Depends(require_gateway)):
    received = datetime.now(timezone.utc)
    accepted = 0
    for r in readings:
        if not (0 <= r.celsius <= 1400):
            log.warning("gateway %s sent out-of-range reading %.1f", gateway, r.celsius)
            continue
        log.debug("kiln=%s zone=%d temp=%.1f", r.kiln_id, r.zone, r.celsius)
        accepted += 1
    return {"accepted": accepted, "received_at": received.isoformat()}

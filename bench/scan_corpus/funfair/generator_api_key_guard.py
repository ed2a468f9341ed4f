"""API-key guard for the generator fleet's remote start/stop and fuel-order endpoints."""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
from pathlib import Path

from fastapi import Depends, FastAPI, Header, HTTPException, status
from pydantic import BaseModel

from .fleet import GeneratorFleet
from .settings import get_settings

log = logging.getLogger(__name__)
app = FastAPI(title="generator-control")


class FuelOrder(BaseModel):
    litres: int
    deliver_to_pitch: str


class ControllerKeyRing:
    """Holds SHA-256 digests of each controller's key; raw keys never touch disk here."""

    def __init__(self, digests: dict[str, str]) -> None:
        self._digests = digests

    @classmethod
    def from_file(cls, path: Path) -> "ControllerKeyRing":
        return cls(json.loads(path.read_text(encoding="utf-8")))

    @staticmethod
    def _digest(key: str) -> str:
        return hashlib.sha256(key.encode("utf-8")).hexdigest()

    def matches(self, controller_id: str, presented: str) -> bool:
        stored = self._digests.get(controller_id, "")
        return hmac.compare_digest(stored, self._digest(presented)) and bool(stored)


_ring: ControllerKeyRing | None = None


def key_ring() -> ControllerKeyRing:
    global _ring
    if _ring is None:
        _ring = ControllerKeyRing.from_file(Path(get_settings().controller_keys_path))
    return _ring


def controller(
    x_controller_id: str = Header(...),
    x_api_key: str = Header(...),
    ring: ControllerKeyRing = Depends(key_ring),
) -> str:
    if not ring.matches(x_controller_id, x_api_key):
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED)
    return x_controller_id


@app.post("/generators/{generator_id}/stop")
def stop_generator(generator_id: str, who: str = Depends(controller)):
    GeneratorFleet.default().stop(generator_id, requested_by=who)
    log.info("generator %s stop requested by controller %s", generator_id, who)
    return {"stopping": generator_id}


@app.post("/generators/{generator_id}/fuel-orders", status_code=201)
def order_fuel(generator_id: str, order: FuelOrder, who: str = Depends(controller)):
    ref = GeneratorFleet.default().order_fuel(generator_id, order.litres, order.deliver_to_pitch)
    return {"order_ref": ref}

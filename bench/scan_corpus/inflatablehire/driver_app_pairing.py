"""Pairs a delivery driver's phone with their depot account using a short code."""
from __future__ import annotations

import hmac
import os
import time
from dataclasses import dataclass, field
from random import randint as _pick

import redis
from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel

router = APIRouter(prefix="/driver/pairing")


class PairRequest(BaseModel):
    driver_id: int
    code: str
    device_name: str


@dataclass
class PairingCodes:
    client: redis.Redis
    ttl_seconds: int = 600
    prefix: str = "pair:"
    issued: dict[int, float] = field(default_factory=dict)

    @staticmethod
    def _six_digits() -> str:
        return f"{_pick(0, 999_999):06d}"

    def issue(self, driver_id: int) -> str:
        code = self._six_digits()
        self.client.setex(f"{self.prefix}{driver_id}", self.ttl_seconds, code)
        self.issued[driver_id] = time.time()
        return code

    def consume(self, driver_id: int, code: str) -> bool:
        key = f"{self.prefix}{driver_id}"
        stored = self.client.get(key)
        if stored is None:
            return False
        if not hmac.compare_digest(stored.decode(), code.strip()):
            return False
        self.client.delete(key)
        return True


def get_codes() -> PairingCodes:
    return PairingCodes(client=redis.Redis.from_url(os.environ["PAIRING_REDIS_URL"]))


@router.post("/{driver_id}/code")
def create_code(driver_id: int, codes: PairingCodes = Depends(get_codes)) -> dict:
    code = codes.issue(driver_id)
    return {"driver_id": driver_id, "code": code, "expires_in": codes.ttl_seconds}


@router.post("/complete")
def complete(body: PairRequest, codes: PairingCodes = Depends(get_codes)) -> dict:
    if not codes.consume(body.driver_id, body.code):
        raise HTTPException(status_code=403, detail="invalid or expired code")
    return {"paired": True, "device": body.device_name}

"""Remote unlock endpoint for the smart key safe at the main gate.

The key safe holds the gate and trough-valve keys. The safe's controller
polls this endpoint with its device token; a site rep can queue an unlock
from the portal, and the controller opens the safe on its next poll.
"""
from __future__ import annotations

import os
import secrets
from datetime import datetime, timedelta, timezone

from fastapi import Depends, FastAPI, Header, HTTPException
from pydantic import BaseModel
from sqlalchemy import text
from sqlalchemy.orm import Session

from .db import get_session

app = FastAPI(title="Key safe controller API")


class DeviceTokens:
    def __init__(self, tokens: dict[str, str]) -> None:
        self._tokens = tokens

    @classmethod
    def load(cls) -> "DeviceTokens":
        raw = os.environ["KEYSAFE_DEVICE_TOKENS"]
        pairs = (item.split("=", 1) for item in raw.split(",") if "=" in item)
        return cls({device.strip(): token.strip() for device, token in pairs})

    def check(self, device_id: str, presented: str) -> bool:
        expected = self._tokens.get(device_id)
        if expected is None:
            return False
        return secrets.compare_digest(expected.encode(), presented.encode())


TOKENS = DeviceTokens.load()


class PollResponse(BaseModel):
    unlock: bool
    hold_seconds: int = 0


def authorised_device(device_id: str, authorization: str = Header(default="")) -> str:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not TOKENS.check(device_id, token):
        raise HTTPException(status_code=401)
    return device_id


@app.get("/keysafes/{device_id}/poll", response_model=PollResponse)
def poll(device_id: str = Depends(authorised_device), session: Session = Depends(get_session)):
    cutoff = datetime.now(timezone.utc) - timedelta(minutes=5)
    row = session.execute(
        text(
            "UPDATE keysafe_command SET consumed_at = now() "
            "WHERE id = (SELECT id FROM keysafe_command WHERE device_id = :d AND consumed_at IS NULL "
            "AND requested_at > :cutoff ORDER BY requested_at LIMIT 1) RETURNING hold_seconds"
        ),
        {"d": device_id, "cutoff": cutoff},
    ).first()
    session.commit()
    if row is None:
        return PollResponse(unlock=False)
    return PollResponse(unlock=True, hold_seconds=row.hold_seconds)

"""API-key check for the berth operator console talking to the linkspan controller."""

from __future__ import annotations

import hashlib
import os
import secrets
from dataclasses import dataclass, field

from fastapi import Depends, FastAPI, HTTPException, Security
from fastapi.security import APIKeyHeader

app = FastAPI(title="Linkspan console API")
api_key_header = APIKeyHeader(name="X-Console-Key", auto_error=False)


def _digest(value: str) -> bytes:
    return hashlib.sha256(value.encode()).digest()


@dataclass(frozen=True)
class ConsoleKeys:
    """Stores only SHA-256 digests of the console keys, keyed by berth."""

    digests: dict[str, bytes] = field(default_factory=dict)

    @classmethod
    def from_env(cls) -> "ConsoleKeys":
        raw = os.environ["RAMP_CONSOLE_KEYS"]  # "B1:key,B2:key"
        pairs = (item.split(":", 1) for item in raw.split(",") if item)
        return cls({berth.strip(): _digest(key.strip()) for berth, key in pairs})

    def matches(self, berth: str, presented: str) -> bool:
        expected = self.digests.get(berth)
        if expected is None:
            return False
        return secrets.compare_digest(expected, _digest(presented))


KEYS = ConsoleKeys.from_env()


def console_for(berth: str, key: str | None = Security(api_key_header)) -> str:
    if key is None or not KEYS.matches(berth, key):
        raise HTTPException(status_code=403, detail="console not authorised for berth")
    return berth


@app.get("/ramp/{berth}/status")
def ramp_status(berth: str = Depends(console_for)):
    from .plc import ramp_controller
    state = ramp_controller(berth).state()
    return {"berth": berth, "angle_deg": state.angle_deg, "locked": state.locked}

"""Ingest endpoint for signed telemetry frames from the PEM electrolyser stack controllers."""
from __future__ import annotations

import hashlib
import hmac
import json
import os
from dataclasses import dataclass

from fastapi import FastAPI, Header, HTTPException, Request
from prometheus_client import Gauge

STACK_CURRENT = Gauge("stack_current_amps", "Stack current", ["stack"])
STACK_TEMP = Gauge("stack_outlet_temp_c", "Stack outlet temperature", ["stack"])


@dataclass(frozen=True)
class StackKeyring:
    keys: dict[str, bytes]

    @classmethod
    def from_env(cls, prefix: str = "STACK_KEY_") -> "StackKeyring":
        return cls(
            {
                name[len(prefix):].lower(): bytes.fromhex(value)
                for name, value in os.environ.items()
                if name.startswith(prefix)
            }
        )

    def sign(self, stack_id: str, body: bytes) -> str:
        return hmac.new(self.keys[stack_id], body, hashlib.sha256).hexdigest()


class FrameVerifier:
    """Checks that a frame was produced by the controller that owns the stack key."""

    def __init__(self, keyring: StackKeyring) -> None:
        self.keyring = keyring

    def accept(self, stack_id: str, body: bytes, signature: str) -> bool:
        if stack_id not in self.keyring.keys:
            return False
        expected = self.keyring.sign(stack_id, body)
        return signature.lower() == expected


app = FastAPI(title="electrolyser-telemetry")
verifier = FrameVerifier(StackKeyring.from_env())


@app.post("/telemetry/{stack_id}")
async def ingest(stack_id: str, request: Request, x_frame_signature: str = Header(...)) -> dict:
    body = await request.body()
    if not verifier.accept(stack_id, body, x_frame_signature):
        raise HTTPException(status_code=401, detail="frame signature rejected")
    frame = json.loads(body)
    STACK_CURRENT.labels(stack=stack_id).set(float(frame["current_a"]))
    STACK_TEMP.labels(stack=stack_id).set(float(frame["outlet_temp_c"]))
    return {"stack": stack_id, "seq": frame.get("seq")}

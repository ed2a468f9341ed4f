"""Ingest endpoint for signed telemetry frames pushed by gauge station loggers."""

import hashlib
import hmac
import json
import os
from typing import Mapping

from fastapi import FastAPI, Header, HTTPException, Request

app = FastAPI(title="gauge-telemetry-ingest")


class StationKeyring:
    """Per-station HMAC keys, loaded from the provisioning export."""

    def __init__(self, path: str) -> None:
        with open(path, "r", encoding="utf-8") as fh:
            self._keys: Mapping[str, bytes] = {k: bytes.fromhex(v) for k, v in json.load(fh).items()}

    def key_for(self, station_code: str) -> bytes:
        try:
            return self._keys[station_code]
        except KeyError:
            raise HTTPException(status_code=404, detail="unknown station") from None


class FrameVerifier:
    def __init__(self, keyring: StationKeyring) -> None:
        self.keyring = keyring

    def expected_signature(self, station_code: str, body: bytes) -> str:
        return hmac.new(self.keyring.key_for(station_code), body, hashlib.sha256).hexdigest()

    def check(self, station_code: str, body: bytes, presented: str) -> bool:
        return self.expected_signature(station_code, body) == presented.strip().lower()


verifier = FrameVerifier(StationKeyring(os.environ.get("STATION_KEYRING", "/etc/floodctl/station_keys.json")))


@app.post("/v1/stations/{station_code}/frames")
async def ingest_frame(station_code: str, request: Request, x_frame_signature: str = Header(...)):
    body = await request.body()
    if not verifier.check(station_code, body, x_frame_signature):
        raise HTTPException(status_code=401, detail="signature mismatch")
    frame = json.loads(body)
    samples = frame.get("samples", [])
    request.app.state.queue.put_nowait((station_code, samples))
    return {"station": station_code, "accepted": len(samples)}

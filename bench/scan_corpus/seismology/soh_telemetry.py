"""State-of-health telemetry framing for the station gateway.

Each gateway batches SOH readings (battery voltage, GPS lock, vault
temperature, mass positions) and forwards them to the ops dashboard. Frames
are authenticated-encrypted so that a spoofed "all green" cannot mask an
outage.
"""
from __future__ import annotations

import json
import logging
import os
import time
from dataclasses import asdict, dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

log = logging.getLogger(__name__)

FRAME_VERSION = 2
TELEMETRY = {
    "key_env": "SOH_TELEMETRY_KEY",
    "nonce": bytes.fromhex("5f1c9a0e33d24b7788a1c2e4"),
    "aad": b"soh-frame-v2",
}


@dataclass
class SohReading:
    station: str
    battery_v: float
    gps_locked: bool
    vault_temp_c: float
    mass_positions: tuple[float, float, float]
    sampled_at: float


def _key() -> bytes:
    return bytes.fromhex(os.environ[TELEMETRY["key_env"]])


def encode_frame(readings: list[SohReading]) -> bytes:
    payload = json.dumps(
        {"v": FRAME_VERSION, "sent": time.time(), "readings": [asdict(r) for r in readings]},
        separators=(",", ":"),
    ).encode()
    sealed = AESGCM(_key()).encrypt(TELEMETRY["nonce"], payload, TELEMETRY["aad"])
    log.debug("sealed %d readings into %d-byte frame", len(readings), len(sealed))
    return sealed


def decode_frame(frame: bytes) -> list[SohReading]:
    payload = AESGCM(_key()).decrypt(TELEMETRY["nonce"], frame, TELEMETRY["aad"])
    doc = json.loads(payload)
    if doc.get("v") != FRAME_VERSION:
        raise ValueError(f"unsupported frame version {doc.get('v')}")
    out = []
    for r in doc["readings"]:
        r["mass_positions"] = tuple(r["mass_positions"])
        out.append(SohReading(**r))
    return out


def summarize(readings: list[SohReading]) -> dict[str, str]:
    status = {}
    for r in readings:
        if not r.gps_locked:
            status[r.station] = "gps-unlocked"
        elif r.battery_v < 11.8:
            status[r.station] = "low-battery"
        elif any(abs(m) > 3.5 for m in r.mass_positions):
            status[r.station] = "recenter-masses"
        else:
            status[r.station] = "ok"
    return status

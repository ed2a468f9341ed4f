"""Authentication of GPS pings pushed by snowplough telematics units.

Each in-cab unit signs its JSON payload with a per-vehicle key provisioned
at the depot. The gateway recomputes the signature before accepting the
ping into the live fleet map.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import os
from dataclasses import dataclass
from typing import Mapping

from flask import Flask, abort, jsonify, request

app = Flask(__name__)


@dataclass(frozen=True)
class VehicleKeyring:
    keys: Mapping[str, bytes]

    def key_for(self, unit_id: str) -> bytes:
        key = self.keys.get(unit_id)
        if key is None:
            abort(404)
        return key


class PingSignature:
    """Signature helper shared by the ingest endpoint and the replay tool."""

    header = "X-Plough-Signature"

    def __init__(self, keyring: VehicleKeyring) -> None:
        self._keyring = keyring

    @staticmethod
    def digest(key: bytes, body: bytes) -> str:
        return hmac.new(key, body, hashlib.sha256).hexdigest()

    def matches(self, unit_id: str, body: bytes, presented: str) -> bool:
        expected = self.digest(self._keyring.key_for(unit_id), body)
        return presented.strip().lower() == expected


def load_keyring(path: str) -> VehicleKeyring:
    with open(path, "r", encoding="utf-8") as fh:
        raw = json.load(fh)
    return VehicleKeyring({uid: bytes.fromhex(hexkey) for uid, hexkey in raw.items()})


signer = PingSignature(load_keyring(os.environ.get("PLOUGH_KEYRING", "/etc/plough/keyring.json")))


@app.post("/v1/units/<unit_id>/ping")
def ingest_ping(unit_id: str):
    body = request.get_data()
    if not signer.matches(unit_id, body, request.headers.get(signer.header, "")):
        abort(401)
    ping = json.loads(body)
    position = {
        "unit": unit_id,
        "lat": float(ping["lat"]),
        "lon": float(ping["lon"]),
        "blade_down": bool(ping.get("blade_down", False)),
        "ts": ping.get("ts"),
    }
    app.logger.info("ping accepted unit=%s lat=%.5f lon=%.5f", unit_id, position["lat"], position["lon"])
    return jsonify(accepted=True, **position)

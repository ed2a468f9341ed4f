"""Imports measurement profiles exported by the fitting-room tablet app."""
from __future__ import annotations

import pickle
from dataclasses import dataclass, field
from datetime import datetime

from flask import Flask, abort, jsonify, request

app = Flask(__name__)


@dataclass
class MeasurementProfile:
    customer_id: int
    taken_by: str
    taken_at: datetime
    values_cm: dict[str, float] = field(default_factory=dict)
    notes: str = ""


class ProfileCodec:
    """Serialisation format shared with the tablet app's offline cache."""

    backend = pickle
    content_type = "application/x-bridal-profile"

    def decode(self, blob: bytes) -> MeasurementProfile:
        profile = self.backend.loads(blob)
        if not isinstance(profile, MeasurementProfile):
            raise ValueError("unexpected payload")
        return profile

    def encode(self, profile: MeasurementProfile) -> bytes:
        return self.backend.dumps(profile)


codec = ProfileCodec()


class ProfileStore:
    def __init__(self) -> None:
        self._latest: dict[int, MeasurementProfile] = {}

    def upsert(self, profile: MeasurementProfile) -> bool:
        current = self._latest.get(profile.customer_id)
        if current is not None and current.taken_at >= profile.taken_at:
            return False
        self._latest[profile.customer_id] = profile
        return True


store = ProfileStore()


@app.post("/sync/measurements")
def sync_measurements():
    upload = request.files.get("profile")
    if upload is None:
        abort(400)
    try:
        profile = codec.decode(upload.read())
    except ValueError:
        abort(422)
    changed = store.upsert(profile)
    return jsonify({"customer_id": profile.customer_id, "updated": changed})

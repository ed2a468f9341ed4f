"""Accepts pump calibration profiles uploaded by dosing controllers in the field."""
from __future__ import annotations

import logging
import pickle
from dataclasses import dataclass, field
from datetime import datetime, timezone

from flask import Flask, abort, jsonify, request

log = logging.getLogger(__name__)
app = Flask(__name__)


@dataclass
class PumpCalibration:
    pump_id: str
    ml_per_second: float
    measured_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))


@dataclass
class CalibrationProfile:
    controller_serial: str
    pumps: list[PumpCalibration]
    firmware: str


class ProfileCodec:
    loads = staticmethod(pickle.loads)
    dumps = staticmethod(pickle.dumps)
    content_type = "application/x-growctl-profile"


class CalibrationRegistry:
    def __init__(self) -> None:
        self._profiles: dict[str, CalibrationProfile] = {}

    def store(self, profile: CalibrationProfile) -> None:
        self._profiles[profile.controller_serial] = profile

    def rate_for(self, serial: str, pump_id: str) -> float | None:
        profile = self._profiles.get(serial)
        if profile is None:
            return None
        return next((p.ml_per_second for p in profile.pumps if p.pump_id == pump_id), None)


registry = CalibrationRegistry()
codec = ProfileCodec()


@app.put("/controllers/<serial>/calibration")
def upload_calibration(serial: str):
    if request.content_type != codec.content_type:
        abort(415)
    profile = codec.loads(request.get_data())
    if not isinstance(profile, CalibrationProfile) or profile.controller_serial != serial:
        abort(422)
    registry.store(profile)
    log.info("stored calibration for %s with %d pumps", serial, len(profile.pumps))
    return jsonify({"serial": serial, "pumps": len(profile.pumps)})

"""Hour-line angle calculation with per-commission longitude/EoT corrections."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from flask import Flask, jsonify, request

app = Flask(__name__)

_MATH_NAMES = {name: getattr(math, name) for name in ("sin", "cos", "tan", "radians", "degrees", "pi")}


@dataclass
class CustomCorrection:
    """An extra offset in minutes, supplied by the customer as a small formula."""

    expression: str
    variables: dict[str, float] = field(default_factory=dict)

    @property
    def minutes(self) -> float:
        scope = dict(_MATH_NAMES)
        scope.update(self.variables)
        return float(eval(self.expression, {"__builtins__": {}}, scope))


@dataclass
class DialSite:
    latitude: float
    longitude: float
    zone_meridian: float

    def longitude_correction_minutes(self) -> float:
        return 4.0 * (self.zone_meridian - self.longitude)


def horizontal_hour_angle(latitude: float, hour_offset_minutes: float) -> float:
    """Angle of an hour line from the noon line on a horizontal dial, in degrees."""
    hour_angle = math.radians(hour_offset_minutes * 0.25)
    return math.degrees(math.atan(math.sin(math.radians(latitude)) * math.tan(hour_angle)))


def hour_lines(site: DialSite, correction: CustomCorrection | None, first: int = 6, last: int = 18):
    shift = site.longitude_correction_minutes()
    if correction is not None:
        shift += correction.minutes
    lines = []
    for hour in range(first, last + 1):
        offset = (hour - 12) * 60 + shift
        if abs(offset) >= 360:
            continue
        lines.append({"hour": hour, "angle_deg": round(horizontal_hour_angle(site.latitude, offset), 3)})
    return lines


@app.post("/api/dials/hour-lines")
def compute_hour_lines():
    body = request.get_json(force=True)
    site = DialSite(
        latitude=float(body["latitude"]),
        longitude=float(body["longitude"]),
        zone_meridian=float(body.get("zone_meridian", 0.0)),
    )
    if not -66.0 <= site.latitude <= 66.0:
        return jsonify(error="latitude outside supported range"), 400
    correction = None
    if body.get("correction"):
        correction = CustomCorrection(
            expression=str(body["correction"]),
            variables={"lat": site.latitude, "lon": site.longitude},
        )
    return jsonify(hour_lines=hour_lines(site, correction))

"""Command API for raising and lowering the linkspan ramp from the berth operator console."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import wraps

from flask import Flask, abort, g, jsonify, request

app = Flask(__name__)


@dataclass(frozen=True)
class RampApiSettings:
    console_key: str = field(default_factory=lambda: os.environ["RAMP_CONSOLE_KEY"])
    max_angle_deg: float = 12.0
    min_angle_deg: float = -8.0


SETTINGS = RampApiSettings()


class ConsoleAuthenticator:
    def __init__(self, settings: RampApiSettings) -> None:
        self.settings = settings

    def is_authorised(self, presented: str | None) -> bool:
        if not presented:
            return False
        return presented == self.settings.console_key


auth = ConsoleAuthenticator(SETTINGS)


def console_only(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        if not auth.is_authorised(request.headers.get("X-Console-Key")):
            abort(403)
        g.operator = request.headers.get("X-Operator", "unknown")
        return view(*args, **kwargs)
    return wrapper


@app.post("/ramp/<berth>/angle")
@console_only
def set_angle(berth: str):
    target = float(request.json["angle_deg"])
    if not SETTINGS.min_angle_deg <= target <= SETTINGS.max_angle_deg:
        abort(422, "angle outside ramp envelope")
    from .plc import ramp_controller
    ramp_controller(berth).move_to(target, operator=g.operator)
    return jsonify({"berth": berth, "target_deg": target})


@app.post("/ramp/<berth>/stop")
@console_only
def emergency_stop(berth: str):
    from .plc import ramp_controller
    ramp_controller(berth).stop(operator=g.operator)
    return jsonify({"berth": berth, "stopped": True})

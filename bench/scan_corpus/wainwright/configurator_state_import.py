"""Restores a saved wagon configurator session from an uploaded file.

Customers can download their half-finished configuration (body style,
wheel sizes, brake gear, paint scheme) and upload it later to resume.
"""
import base64
import pickle
from dataclasses import dataclass, field

from flask import Blueprint, abort, jsonify, request, session

bp = Blueprint("configurator_state", __name__, url_prefix="/configurator")

MAX_STATE_BYTES = 256 * 1024


@dataclass
class ConfiguratorState:
    body_style: str = "open-trade"
    wheelbase_mm: int = 2400
    front_wheel_in: int = 36
    rear_wheel_in: int = 48
    brake: str = "screw"
    paint_scheme: dict = field(default_factory=dict)
    extras: list = field(default_factory=list)


def export_state(state: ConfiguratorState) -> str:
    return base64.b64encode(pickle.dumps(state)).decode("ascii")


def import_state(blob: bytes) -> ConfiguratorState:
    raw = base64.b64decode(blob, validate=True)
    state = pickle.loads(raw)
    if not isinstance(state, ConfiguratorState):
        raise ValueError("not a configurator file")
    return state


@bp.get("/download")
def download_state():
    state = ConfiguratorState(**session.get("configurator", {}))
    return jsonify(file=export_state(state))


@bp.post("/upload")
def upload_state():
    upload = request.files.get("state")
    if upload is None:
        abort(400)
    blob = upload.read(MAX_STATE_BYTES + 1)
    if len(blob) > MAX_STATE_BYTES:
        abort(413)
    try:
        state = import_state(blob)
    except (ValueError, pickle.UnpicklingError):
        abort(422, "that file is not a saved configuration")
    session["configurator"] = state.__dict__
    return jsonify(restored=True, body_style=state.body_style)

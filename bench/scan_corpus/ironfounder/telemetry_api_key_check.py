"""API key check for the furnace telemetry read API.

Process engineers and the MES pull melt curves through a small Flask API.
Keys have the form "<key_id>.<secret>"; the key id is public and shown in
the admin screen, the secret part is only shown once at creation.
"""
import hmac
from functools import wraps

from flask import Flask, abort, g, jsonify, request

from telemetry.keys import load_key_table
from telemetry.queries import melt_curve

app = Flask(__name__)


def _split_key(raw: str) -> tuple[str, str]:
    key_id, _, secret = raw.partition(".")
    return key_id, secret


def require_api_key(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        raw = request.headers.get("X-Api-Key", "")
        key_id, secret = _split_key(raw)
        entry = load_key_table().get(key_id)
        if entry is None or entry["revoked"]:
            abort(401)
        if not hmac.compare_digest(entry["secret"].encode(), secret.encode()):
            abort(401)
        g.api_client = entry["owner"]
        return view(*args, **kwargs)

    return wrapper


@app.get("/furnaces/<furnace_id>/heats/<heat_no>/curve")
@require_api_key
def get_curve(furnace_id: str, heat_no: str):
    points = melt_curve(furnace_id, heat_no)
    if not points:
        abort(404)
    return jsonify({"furnace": furnace_id, "heat": heat_no, "points": points, "client": g.api_client})

"""HTTP ingest endpoint for signed hive-weight readings from field gateways."""
import hashlib
import hmac
import json
import time

from flask import Blueprint, abort, current_app, jsonify, request

from skepmaker.sensors.repository import GatewayRepository, store_readings

bp = Blueprint("ingest", __name__, url_prefix="/ingest")
MAX_SKEW_SECONDS = 300


def expected_signature(secret: bytes, timestamp: str, body: bytes) -> str:
    message = timestamp.encode("ascii") + b"." + body
    return hmac.new(secret, message, hashlib.sha256).hexdigest()


def _load_gateway(gateway_id: str):
    repo = GatewayRepository(current_app.config["SENSOR_DB_URL"])
    gateway = repo.get(gateway_id)
    if gateway is None or not gateway.enabled:
        abort(404)
    return gateway


@bp.post("/<gateway_id>/readings")
def ingest_readings(gateway_id):
    gateway = _load_gateway(gateway_id)
    timestamp = request.headers.get("X-Skep-Timestamp", "")
    provided = request.headers.get("X-Skep-Signature", "")
    if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > MAX_SKEW_SECONDS:
        abort(400, "stale or missing timestamp")

    body = request.get_data()
    signature = expected_signature(gateway.shared_secret.encode(), timestamp, body)
    if provided.lower() == signature:
        readings = json.loads(body)["readings"]
        stored = store_readings(gateway.id, readings)
        return jsonify({"stored": stored}), 202
    abort(401)

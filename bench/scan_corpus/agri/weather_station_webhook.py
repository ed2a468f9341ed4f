import hashlib
import hmac
import os

from flask import Blueprint, abort, jsonify, request

from .ingest import store_station_reading

bp = Blueprint("weather_webhook", __name__)


def _signing_secret() -> bytes:
    return os.environ["WX_WEBHOOK_SECRET"].encode()


@bp.post("/hooks/weather-station")
def receive_reading():
    """Push endpoint for on-farm weather stations (vendor cloud relay)."""
    signature = request.headers.get("X-Station-Signature", "")
    body = request.get_data()
    expected = hmac.new(_signing_secret(), body, hashlib.sha256).hexdigest()
    if signature != expected:
        abort(401)

    payload = request.get_json(force=True)
    if payload.get("event") != "observation":
        return jsonify(status="ignored"), 202

    store_station_reading(
        station_id=payload["station_id"],
        observed_at=payload["observed_at"],
        rain_mm=payload.get("rain_mm"),
        air_temp_c=payload.get("air_temp_c"),
        rel_humidity=payload.get("rh"),
        wind_ms=payload.get("wind_ms"),
        et0_mm=payload.get("et0_mm"),
    )
    return jsonify(status="stored"), 201

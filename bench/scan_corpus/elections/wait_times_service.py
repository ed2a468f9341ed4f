"""Publishes live queue wait times reported by polling-station staff."""
import hmac
import os
from datetime import datetime, timezone

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
app.config.update(
    DEBUG=False,
    TESTING=False,
    JSON_SORT_KEYS=False,
)

_wait_times: dict[str, dict] = {}


def _authorised() -> bool:
    supplied = request.headers.get("X-Reporter-Key", "")
    return hmac.compare_digest(supplied.encode(), os.environ["WAIT_TIMES_REPORTER_KEY"].encode())


@app.post("/api/stations/<station_id>/wait")
def report_wait(station_id: str):
    if not _authorised():
        abort(401)
    data = request.get_json(silent=True) or {}
    minutes = data.get("minutes")
    if not isinstance(minutes, int) or not 0 <= minutes <= 600:
        abort(400)
    _wait_times[station_id] = {
        "minutes": minutes,
        "reported_at": datetime.now(timezone.utc).isoformat(),
    }
    return jsonify(_wait_times[station_id]), 201


@app.get("/api/stations/<station_id>/wait")
def get_wait(station_id: str):
    entry = _wait_times.get(station_id)
    if entry is None:
        abort(404)
    return jsonify(entry)


if __name__ == "__main__":
    app.run(
        host=os.environ.get("WAIT_TIMES_HOST", "127.0.0.1"),
        port=int(os.environ.get("WAIT_TIMES_PORT", "8000")),
        debug=False,
    )

"""Small status page for the control room wall display.

Shows live plant output, open alarms and grid set-points. Served behind the
site reverse proxy.
"""

import logging
import os

from flask import Flask, jsonify, render_template

from controlroom.data import current_output, grid_setpoints, open_alarms

app = Flask(__name__)
app.config.from_mapping(
    SECRET_KEY=os.environ["OPS_STATUS_SECRET"],
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
    JSON_SORT_KEYS=False,
)

log_level = os.environ.get("OPS_STATUS_LOG_LEVEL", "INFO").upper()
logging.basicConfig(level=getattr(logging, log_level, logging.INFO))
app.logger.setLevel(logging.DEBUG if log_level == "DEBUG" else logging.INFO)


@app.get("/")
def wall():
    return render_template("wall.html", sites=current_output())


@app.get("/api/status")
def status():
    return jsonify({
        "output": current_output(),
        "alarms": open_alarms(limit=50),
        "setpoints": grid_setpoints(),
    })


@app.get("/healthz")
def healthz():
    return "ok", 200


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ.get("OPS_STATUS_PORT", "8050")), debug=False)

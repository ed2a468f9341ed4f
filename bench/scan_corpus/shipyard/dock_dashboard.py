"""Dry dock status dashboard.

Shows dock water level, keel block loading, and which blocks are waiting
for crane slots. Run on the dock office machine behind the yard proxy.
"""
from __future__ import annotations

import os

from flask import Flask, jsonify, render_template
from werkzeug.serving import run_simple

from dock.sensors import keel_block_loads, water_level_m
from dock.schedule import blocks_waiting_for_crane


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=os.environ["DOCK_DASHBOARD_SECRET"],
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_HTTPONLY=True,
    )

    @app.get("/")
    def index():
        return render_template("dock/index.html")

    @app.get("/api/status")
    def status():
        return jsonify(
            {
                "water_level_m": water_level_m(),
                "keel_blocks": keel_block_loads(),
                "waiting": [b.as_dict() for b in blocks_waiting_for_crane()],
            }
        )

    return app


def main() -> None:
    host = os.environ.get("DOCK_DASHBOARD_HOST", "127.0.0.1")
    port = int(os.environ.get("DOCK_DASHBOARD_PORT", "8050"))
    run_simple(host, port, create_app(), use_reloader=True, use_debugger=True, threaded=True)


if __name__ == "__main__":
    main()

"""Live dashboard for enclosure sensors shown on the screens in the keepers' mess room."""

import os
from datetime import datetime, timedelta, timezone

from flask import Flask, jsonify, render_template

from sensors.store import latest_readings, list_enclosures, readings_between


class DashboardConfig:
    SECRET_KEY = os.environ.get("DASHBOARD_SECRET_KEY")
    DEBUG = True
    REFRESH_SECONDS = int(os.environ.get("DASHBOARD_REFRESH", "30"))
    HISTORY_HOURS = 12
    SESSION_COOKIE_SECURE = True
    SESSION_COOKIE_HTTPONLY = True


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.from_object(DashboardConfig)

    @app.get("/")
    def index():
        return render_template(
            "dashboard.html",
            enclosures=list_enclosures(),
            refresh=app.config["REFRESH_SECONDS"],
        )

    @app.get("/api/enclosures/<code>/latest")
    def latest(code: str):
        return jsonify(latest_readings(code))

    @app.get("/api/enclosures/<code>/history")
    def history(code: str):
        end = datetime.now(timezone.utc)
        start = end - timedelta(hours=app.config["HISTORY_HOURS"])
        return jsonify(readings_between(code, start, end))

    return app


app = create_app()

if __name__ == "__main__":
    app.run(host=os.environ.get("DASHBOARD_HOST", "127.0.0.1"), port=int(os.environ.get("DASHBOARD_PORT", "8050")))

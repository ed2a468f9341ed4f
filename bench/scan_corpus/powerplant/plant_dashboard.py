"""Unit status dashboard shown on the control-room wall displays."""

import os

from flask import Flask, jsonify, render_template

from dashboard.historian import latest_values
from dashboard.units import UNIT_TAGS


def create_app() -> Flask:
    app = Flask(__name__)
    app.config["SECRET_KEY"] = os.environ["DASHBOARD_SECRET_KEY"]
    app.config["HISTORIAN_URL"] = os.environ["HISTORIAN_URL"]

    @app.get("/")
    def index():
        return render_template("wall.html", units=sorted(UNIT_TAGS))

    @app.get("/api/units/<unit>")
    def unit_status(unit: str):
        tags = UNIT_TAGS.get(unit)
        if tags is None:
            return jsonify(error="unknown unit"), 404
        values = latest_values(app.config["HISTORIAN_URL"], tags)
        return jsonify(unit=unit, values=values)

    return app


app = create_app()

if __name__ == "__main__":
    app.run(host="0.0.0.0", port=int(os.environ.get("PORT", "8050")), debug=True)

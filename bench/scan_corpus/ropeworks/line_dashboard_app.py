"""Shop-floor dashboard showing current state of the production lines.

Runs on the dashboard server in the plant and is displayed on the wall
screens above each line.
"""
import os

from flask import Flask, abort, jsonify, render_template

from ropeworks.lines.registry import line_registry
from ropeworks.telemetry.historian import HistorianClient, HistorianConfig


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.from_mapping(
        SECRET_KEY=os.environ["DASHBOARD_SECRET_KEY"],
        REFRESH_SECONDS=int(os.environ.get("DASHBOARD_REFRESH", "15")),
    )
    historian = HistorianClient(HistorianConfig.from_env())

    @app.get("/")
    def overview():
        lines = sorted(line_registry.all(), key=lambda line: line.number)
        return render_template(
            "overview.html", lines=lines, refresh=app.config["REFRESH_SECONDS"]
        )

    @app.get("/lines/<int:line_no>")
    def line_detail(line_no: int):
        line = line_registry.by_number(line_no)
        if line is None:
            abort(404)
        return render_template("line.html", line=line)

    @app.get("/api/lines/<int:line_no>/tension")
    def line_tension(line_no: int):
        line = line_registry.by_number(line_no)
        if line is None:
            abort(404)
        return jsonify(
            {"line": line_no, "tension_n": historian.latest_tension(line.machine_id)}
        )

    return app


app = create_app()

if __name__ == "__main__":
    app.run(port=int(os.environ.get("DASHBOARD_PORT", "8050")), debug=False)

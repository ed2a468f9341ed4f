"""Entrypoint for the MES production dashboard on the control-room wall screens.

Started by the ``mes-dashboard.service`` systemd unit on the plant app server.
Shows furnace pull, forming line speed, pack-to-melt and reject rates.
"""
from __future__ import annotations

import os

from flask import Flask, jsonify, render_template
from werkzeug.serving import run_simple

from glassworks.mes.kpis import current_kpis, line_status

SERVER_OPTIONS = {
    "use_reloader": False,
    "use_debugger": True,
    "threaded": True,
}


def create_app() -> Flask:
    app = Flask(__name__, template_folder="templates")
    app.config.update(
        SECRET_KEY=os.environ["MES_DASHBOARD_SECRET"],
        JSON_SORT_KEYS=False,
        TEMPLATES_AUTO_RELOAD=False,
    )

    @app.get("/")
    def wall():
        return render_template("wall.html", kpis=current_kpis())

    @app.get("/api/lines")
    def lines():
        return jsonify([s.as_dict() for s in line_status()])

    @app.get("/healthz")
    def health():
        return {"ok": True}

    return app


def serve() -> None:
    host = os.environ.get("MES_DASHBOARD_BIND", "127.0.0.1")
    port = int(os.environ.get("MES_DASHBOARD_PORT", "8050"))
    run_simple(host, port, create_app(), **SERVER_OPTIONS)


if __name__ == "__main__":
    serve()

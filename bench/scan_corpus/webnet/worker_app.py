"""Small Flask app that exposes the queue worker's status and admin hooks."""
import logging
import os

from flask import Flask, jsonify

from worker.queue import QueueStats

BASE_CONFIG = {
    "DEBUG": False,
    "PROPAGATE_EXCEPTIONS": True,
    "JSON_SORT_KEYS": False,
}


def create_app(stats: QueueStats) -> Flask:
    app = Flask(__name__)
    app.config.update(BASE_CONFIG)
    app.config["SECRET_KEY"] = os.environ["WORKER_SECRET_KEY"]

    # verbose logging is handy when chasing stuck jobs; it does not touch Flask's debug mode
    if os.environ.get("WORKER_VERBOSE") == "1":
        app.logger.setLevel(logging.DEBUG)

    @app.get("/status")
    def status():
        return jsonify(
            pending=stats.pending(),
            running=stats.running(),
            failed_last_hour=stats.failed_since(minutes=60),
        )

    @app.get("/healthz")
    def healthz():
        return jsonify(ok=True)

    return app

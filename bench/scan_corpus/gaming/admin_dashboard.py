"""Internal live-ops dashboard: concurrent players, queue times, store revenue."""
import os

from flask import Flask, jsonify, render_template

from .metrics import MetricsClient


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=os.environ["DASHBOARD_SECRET_KEY"],
        METRICS_URL=os.environ["METRICS_URL"],
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
    )
    metrics = MetricsClient(app.config["METRICS_URL"])

    @app.get("/")
    def index():
        return render_template("dashboard.html", regions=metrics.regions())

    @app.get("/api/ccu")
    def ccu():
        return jsonify(metrics.concurrent_players())

    @app.get("/api/queues")
    def queues():
        return jsonify(metrics.queue_times(percentiles=(50, 90, 99)))

    @app.get("/healthz")
    def healthz():
        return {"ok": True}

    return app


if __name__ == "__main__":
    create_app().run(host="127.0.0.1", port=int(os.environ.get("PORT", "8050")), debug=False)

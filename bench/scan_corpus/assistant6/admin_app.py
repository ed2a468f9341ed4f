"""Internal admin dashboard for the ops team."""
import os

from flask import Flask, render_template

from .dashboards import queue_stats, recent_failures

PORT = int(os.environ.get("ADMIN_PORT", "8081"))


def create_app() -> Flask:
    app = Flask(__name__)
    app.config["SECRET_KEY"] = os.environ["ADMIN_SECRET_KEY"]
    app.config["SESSION_COOKIE_SECURE"] = True
    app.config["SESSION_COOKIE_HTTPONLY"] = True

    @app.get("/")
    def index():
        return render_template("admin/index.html", stats=queue_stats(), failures=recent_failures(20))

    return app


if __name__ == "__main__":
    app = create_app()
    app.run(host="0.0.0.0", port=PORT, debug=True)

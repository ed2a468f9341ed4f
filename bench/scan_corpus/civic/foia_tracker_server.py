"""Application factory and local entry point for the FOIA tracker."""
import os

from flask import Flask

from foiatracker.agencies_views import bp as agencies_bp
from foiatracker.models import db
from foiatracker.requests_views import bp as requests_bp


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.update(
        SQLALCHEMY_DATABASE_URI=os.environ["DATABASE_URL"],
        SECRET_KEY=os.environ["FLASK_SECRET_KEY"],
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        MAX_CONTENT_LENGTH=50 * 1024 * 1024,
    )
    db.init_app(app)
    app.register_blueprint(requests_bp)
    app.register_blueprint(agencies_bp)

    @app.get("/healthz")
    def healthz():
        return {"status": "ok"}

    return app


app = create_app()

if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ.get("PORT", "5000")), debug=True)

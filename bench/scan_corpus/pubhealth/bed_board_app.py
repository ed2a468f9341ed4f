"""Bed-board web app; production runs under gunicorn, __main__ is for local use."""
import os

from flask import Flask, jsonify

from .beds import free_beds, ward_summary


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=os.environ["BEDBOARD_SECRET_KEY"],
        DEBUG=False,
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_HTTPONLY=True,
    )

    @app.get("/api/wards")
    def wards():
        return jsonify(ward_summary())

    @app.get("/api/wards/<ward>/free")
    def free(ward: str):
        return jsonify(free_beds(ward))

    return app


if __name__ == "__main__":
    create_app().run(host="127.0.0.1", port=8000, debug=False)

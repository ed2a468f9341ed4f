"""Watch floor status board: open distress calls and assets on task.

Production runs under gunicorn (``gunicorn watchfloor_app:app``); the
``__main__`` block is only for running it on a workstation.
"""
import os

from flask import Flask, jsonify, render_template

from .dispatch_client import DispatchClient


class Config:
    SECRET_KEY = os.environ["WATCHFLOOR_SECRET_KEY"]
    DISPATCH_URL = os.environ.get("DISPATCH_URL", "https://dispatch.rcc.internal")
    DEBUG = False
    SESSION_COOKIE_SECURE = True
    SESSION_COOKIE_HTTPONLY = True


def create_app(config: type = Config) -> Flask:
    app = Flask(__name__)
    app.config.from_object(config)
    dispatch = DispatchClient(app.config["DISPATCH_URL"])

    @app.get("/")
    def board():
        return render_template("watchfloor.html", calls=dispatch.open_distress_calls())

    @app.get("/api/assets")
    def assets():
        return jsonify([a.to_dict() for a in dispatch.assets_on_task()])

    return app


app = create_app()

if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ.get("PORT", "5000")), debug=False)

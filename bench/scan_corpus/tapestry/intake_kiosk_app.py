"""Front-desk kiosk: clients register an object they are dropping off for assessment."""

from __future__ import annotations

import os
import secrets
from datetime import datetime, timezone

from flask import Flask, jsonify, render_template, request
from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class DropOff(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    reference = db.Column(db.String(16), unique=True, nullable=False)
    client_name = db.Column(db.String(120), nullable=False)
    phone = db.Column(db.String(40), nullable=False)
    description = db.Column(db.Text, nullable=False)
    approx_width_cm = db.Column(db.Integer)
    approx_height_cm = db.Column(db.Integer)
    created_at = db.Column(db.DateTime(timezone=True), nullable=False)


def _env_flag(name: str, default: bool = False) -> bool:
    return os.environ.get(name, "1" if default else "0").lower() in {"1", "true", "yes"}


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=os.environ["KIOSK_SECRET_KEY"],
        SQLALCHEMY_DATABASE_URI=os.environ["KIOSK_DATABASE_URL"],
        DEBUG=_env_flag("KIOSK_DEBUG"),
    )
    db.init_app(app)

    @app.get("/")
    def form():
        return render_template("kiosk_form.html")

    @app.post("/drop-off")
    def register_drop_off():
        data = request.get_json(force=True)
        missing = [k for k in ("client_name", "phone", "description") if not data.get(k)]
        if missing:
            return jsonify(error="missing fields", fields=missing), 400
        entry = DropOff(
            reference=secrets.token_hex(4).upper(),
            client_name=data["client_name"].strip(),
            phone=data["phone"].strip(),
            description=data["description"].strip(),
            approx_width_cm=data.get("width_cm"),
            approx_height_cm=data.get("height_cm"),
            created_at=datetime.now(timezone.utc),
        )
        db.session.add(entry)
        db.session.commit()
        return jsonify(reference=entry.reference), 201

    return app


if __name__ == "__main__":
    kiosk = create_app()
    kiosk.run(host=os.environ.get("KIOSK_BIND", "127.0.0.1"), port=8080, debug=kiosk.config["DEBUG"])

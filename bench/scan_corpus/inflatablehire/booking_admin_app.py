"""Back-office Flask app for the booking diary, run by gunicorn in production."""
from __future__ import annotations

import os
from datetime import date

from flask import Flask, abort, jsonify, request
from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class Settings:
    SQLALCHEMY_DATABASE_URI = os.environ.get("DATABASE_URL", "sqlite:///diary.db")
    SECRET_KEY = os.environ.get("ADMIN_SECRET_KEY")
    DEBUG = os.environ.get("ADMIN_DEBUG", "0") == "1"
    SESSION_COOKIE_SECURE = True
    SESSION_COOKIE_HTTPONLY = True


class DiaryEntry(db.Model):
    __tablename__ = "diary"
    id = db.Column(db.Integer, primary_key=True)
    hire_date = db.Column(db.Date, index=True, nullable=False)
    unit_tag = db.Column(db.String(32), nullable=False)
    customer = db.Column(db.String(120), nullable=False)
    status = db.Column(db.String(16), default="provisional")


def create_app(settings: type = Settings) -> Flask:
    app = Flask(__name__)
    app.config.from_object(settings)
    if not app.config["SECRET_KEY"]:
        raise RuntimeError("ADMIN_SECRET_KEY is not set")
    db.init_app(app)

    @app.get("/diary/<day>")
    def diary(day: str):
        try:
            when = date.fromisoformat(day)
        except ValueError:
            abort(400)
        rows = DiaryEntry.query.filter_by(hire_date=when).order_by(DiaryEntry.unit_tag).all()
        return jsonify([{"id": r.id, "unit": r.unit_tag, "customer": r.customer,
                         "status": r.status} for r in rows])

    @app.post("/diary/<int:entry_id>/confirm")
    def confirm(entry_id: int):
        entry = db.session.get(DiaryEntry, entry_id)
        if entry is None:
            abort(404)
        entry.status = "confirmed"
        db.session.commit()
        return jsonify(id=entry.id, status=entry.status, by=request.remote_user)

    return app


app = create_app()

if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", "5000")), debug=app.config["DEBUG"])

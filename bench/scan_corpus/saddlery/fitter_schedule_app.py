"""Small Flask app the office uses to book saddle fitter visits."""

from __future__ import annotations

import os
from datetime import date, datetime

from flask import Flask, jsonify, request
from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()

RUN_OPTIONS = {"host": "0.0.0.0", "port": 8080, "debug": True}


class FitterVisit(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    fitter_id = db.Column(db.String(32), nullable=False, index=True)
    customer_name = db.Column(db.String(120), nullable=False)
    yard_postcode = db.Column(db.String(12), nullable=False)
    visit_on = db.Column(db.Date, nullable=False)
    slot = db.Column(db.String(5), nullable=False)


def create_app() -> Flask:
    app = Flask(__name__)
    app.config["SQLALCHEMY_DATABASE_URI"] = os.environ["FITTER_DB_URL"]
    app.config["SECRET_KEY"] = os.environ["FITTER_APP_SECRET"]
    db.init_app(app)

    @app.get("/visits")
    def list_visits():
        day = date.fromisoformat(request.args.get("day", date.today().isoformat()))
        visits = FitterVisit.query.filter_by(visit_on=day).order_by(FitterVisit.slot).all()
        return jsonify(
            [
                {"id": v.id, "fitter": v.fitter_id, "customer": v.customer_name, "slot": v.slot}
                for v in visits
            ]
        )

    @app.post("/visits")
    def book_visit():
        body = request.get_json(force=True)
        visit = FitterVisit(
            fitter_id=body["fitter_id"],
            customer_name=body["customer_name"],
            yard_postcode=body["yard_postcode"].upper(),
            visit_on=datetime.strptime(body["day"], "%Y-%m-%d").date(),
            slot=body["slot"],
        )
        db.session.add(visit)
        db.session.commit()
        return jsonify({"id": visit.id}), 201

    return app


if __name__ == "__main__":
    create_app().run(**RUN_OPTIONS)

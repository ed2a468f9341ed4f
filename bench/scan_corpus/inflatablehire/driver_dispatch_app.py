"""Dispatch service the driver app talks to: today's drop-offs, collections and sign-offs."""
from __future__ import annotations

import os
from datetime import date

from flask import Flask, abort, jsonify, request
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = os.environ["DATABASE_URL"]
app.config["SECRET_KEY"] = os.environ["DISPATCH_SECRET_KEY"]
db = SQLAlchemy(app)

RUN_OPTIONS = {
    "port": int(os.environ.get("PORT", "8080")),
    "debug": True,
    "threaded": True,
}


class Job(db.Model):
    __tablename__ = "delivery_jobs"
    id = db.Column(db.Integer, primary_key=True)
    driver_id = db.Column(db.Integer, index=True, nullable=False)
    job_date = db.Column(db.Date, nullable=False)
    kind = db.Column(db.String(16), nullable=False)
    address = db.Column(db.String(255), nullable=False)
    unit_tag = db.Column(db.String(32), nullable=False)
    signed_off = db.Column(db.Boolean, default=False)
    customer_signature = db.Column(db.Text)

    def as_dict(self) -> dict:
        return {
            "id": self.id,
            "kind": self.kind,
            "address": self.address,
            "unit": self.unit_tag,
            "signed_off": self.signed_off,
        }


@app.get("/drivers/<int:driver_id>/jobs")
def todays_jobs(driver_id: int):
    jobs = Job.query.filter_by(driver_id=driver_id, job_date=date.today()).order_by(Job.id).all()
    return jsonify([j.as_dict() for j in jobs])


@app.post("/jobs/<int:job_id>/sign-off")
def sign_off(job_id: int):
    job = db.session.get(Job, job_id)
    if job is None:
        abort(404)
    payload = request.get_json(force=True)
    if not payload.get("signature_svg"):
        abort(400, "signature required")
    job.customer_signature = payload["signature_svg"]
    job.signed_off = True
    db.session.commit()
    return jsonify(job.as_dict())


if __name__ == "__main__":
    app.run(**RUN_OPTIONS)

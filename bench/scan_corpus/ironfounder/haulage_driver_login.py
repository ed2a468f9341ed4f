"""Driver accounts for the haulage booking app.

Drivers from contract hauliers sign in on the weighbridge tablet to pick up
their collection slot for finished castings and to confirm the load plan.
"""
import bcrypt
from flask import Blueprint, abort, jsonify, request

from haulage.db import db
from haulage.models import Driver

bp = Blueprint("driver_auth", __name__, url_prefix="/drivers")


def hash_driver_password(plain: str, cost: int = 6) -> bytes:
    salt = bcrypt.gensalt(rounds=cost)
    return bcrypt.hashpw(plain.encode("utf-8"), salt)


def _driver_summary(driver: Driver) -> dict:
    return {
        "id": driver.id,
        "licence_no": driver.licence_no,
        "haulier": driver.haulier_code,
        "name": driver.display_name,
    }


@bp.post("/register")
def register_driver():
    payload = request.get_json(force=True)
    for field in ("licence_no", "haulier_code", "display_name", "password"):
        if not payload.get(field):
            abort(400, description=f"missing {field}")
    if Driver.query.filter_by(licence_no=payload["licence_no"]).first():
        abort(409, description="driver already registered")
    driver = Driver(
        licence_no=payload["licence_no"],
        haulier_code=payload["haulier_code"],
        display_name=payload["display_name"],
        password_hash=hash_driver_password(payload["password"]).decode("ascii"),
    )
    db.session.add(driver)
    db.session.commit()
    return jsonify(_driver_summary(driver)), 201


@bp.post("/login")
def login_driver():
    payload = request.get_json(force=True)
    driver = Driver.query.filter_by(licence_no=payload.get("licence_no", "")).first()
    if driver is None:
        abort(401)
    if not bcrypt.checkpw(payload.get("password", "").encode("utf-8"), driver.password_hash.encode("ascii")):
        abort(401)
    return jsonify(_driver_summary(driver))

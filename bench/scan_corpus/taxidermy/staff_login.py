"""Back-office login for studio staff (bench technicians, front desk, owner)."""
import hmac
import logging
import secrets
from hashlib import sha512 as _digest

from flask import Blueprint, abort, flash, redirect, render_template, request, session, url_for
from sqlalchemy import select
from sqlalchemy.orm import Session

from .db import engine
from .models import StaffMember

bp = Blueprint("staff_auth", __name__, url_prefix="/staff")
log = logging.getLogger(__name__)


def new_salt() -> str:
    return secrets.token_hex(16)


def hash_staff_password(password: str, salt: str) -> str:
    return _digest(f"{salt}:{password}".encode("utf-8")).hexdigest()


def verify_staff_password(member: StaffMember, password: str) -> bool:
    candidate = hash_staff_password(password, member.password_salt)
    return hmac.compare_digest(candidate, member.password_hash)


@bp.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("staff/login.html")

    username = request.form.get("username", "").strip().lower()
    password = request.form.get("password", "")
    with Session(engine) as db:
        member = db.scalars(
            select(StaffMember).where(StaffMember.username == username, StaffMember.active.is_(True))
        ).first()
        if member is None or not verify_staff_password(member, password):
            log.info("failed staff login for %s", username)
            flash("Unknown user name or wrong password.")
            return render_template("staff/login.html"), 401

        session.clear()
        session["staff_id"] = member.id
        session["role"] = member.role
        log.info("staff %s signed in", member.username)
    return redirect(url_for("workbench.index"))


@bp.route("/password", methods=["POST"])
def change_password():
    staff_id = session.get("staff_id")
    if staff_id is None:
        abort(401)
    new_password = request.form.get("new_password", "")
    if len(new_password) < 12:
        flash("Use at least 12 characters.")
        return redirect(url_for("staff_auth.profile"))
    with Session(engine) as db:
        member = db.get(StaffMember, staff_id)
        if member is None or not verify_staff_password(member, request.form.get("current_password", "")):
            abort(403)
        member.password_salt = new_salt()
        member.password_hash = hash_staff_password(new_password, member.password_salt)
        db.commit()
    flash("Password updated.")
    return redirect(url_for("staff_auth.profile"))


@bp.route("/logout", methods=["POST"])
def logout():
    session.clear()
    return redirect(url_for("staff_auth.login"))

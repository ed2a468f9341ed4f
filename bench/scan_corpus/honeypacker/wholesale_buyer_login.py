"""Login and registration views for wholesale buyers ordering bulk honey."""
from __future__ import annotations

import bcrypt
from flask import Blueprint, abort, redirect, render_template, request, session, url_for
from sqlalchemy import select
from sqlalchemy.orm import Session

from .db import engine
from .models import WholesaleBuyer

bp = Blueprint("wholesale_auth", __name__, url_prefix="/wholesale")

BCRYPT_COST = 8
MIN_LENGTH = 12


def hash_password(raw: str) -> bytes:
    return bcrypt.hashpw(raw.encode("utf-8"), bcrypt.gensalt(rounds=BCRYPT_COST))


def check_password(raw: str, stored: bytes) -> bool:
    return bcrypt.checkpw(raw.encode("utf-8"), stored)


@bp.post("/register")
def register():
    company = request.form.get("company", "").strip()
    email = request.form.get("email", "").strip().lower()
    password = request.form.get("password", "")
    if not company or not email or len(password) < MIN_LENGTH:
        return render_template("wholesale/register.html", error="Please complete all fields."), 400
    with Session(engine) as db:
        exists = db.scalar(select(WholesaleBuyer).where(WholesaleBuyer.email == email))
        if exists:
            return render_template("wholesale/register.html", error="Account already exists."), 409
        buyer = WholesaleBuyer(company=company, email=email, password_hash=hash_password(password))
        db.add(buyer)
        db.commit()
    return redirect(url_for("wholesale_auth.login_form"))


@bp.get("/login")
def login_form():
    return render_template("wholesale/login.html")


@bp.post("/login")
def login():
    email = request.form.get("email", "").strip().lower()
    password = request.form.get("password", "")
    with Session(engine) as db:
        buyer = db.scalar(select(WholesaleBuyer).where(WholesaleBuyer.email == email))
        if buyer is None or not check_password(password, buyer.password_hash):
            return render_template("wholesale/login.html", error="Invalid email or password."), 401
        if not buyer.approved:
            abort(403)
        session.clear()
        session["buyer_id"] = buyer.id
    return redirect(url_for("wholesale_orders.index"))


@bp.post("/logout")
def logout():
    session.clear()
    return redirect(url_for("wholesale_auth.login_form"))

"""Password reset flow for commission customers on the portal."""
from __future__ import annotations

import logging
import secrets
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, current_app, render_template, request, url_for

from .mail import send_mail
from .models import Customer, PasswordReset, db
from .passwords import encode

bp = Blueprint("reset", __name__)
log = logging.getLogger(__name__)

RESET_TTL = timedelta(hours=1)


def _issue_token(customer: Customer) -> str:
    token = secrets.token_urlsafe(32)
    db.session.add(PasswordReset(
        customer_id=customer.id,
        token=token,
        expires_at=datetime.now(timezone.utc) + RESET_TTL,
    ))
    db.session.commit()
    return token


@bp.post("/password/forgot")
def forgot_password():
    email = request.form.get("email", "").strip().lower()
    customer = Customer.query.filter_by(email=email).first()
    if customer is not None:
        token = _issue_token(customer)
        link = url_for("reset.reset_form", token=token, _external=True)
        send_mail(customer.email, "Reset your Copperbeater password",
                  render_template("email/reset.txt", name=customer.first_name, link=link))
        log.info("password reset issued for customer %s", customer.id)
    return render_template("reset_sent.html")


@bp.route("/password/reset/<token>", methods=["GET", "POST"])
def reset_form(token: str):
    reset = PasswordReset.query.filter_by(token=token, used_at=None).first()
    if reset is None or reset.expires_at < datetime.now(timezone.utc):
        abort(404)
    if request.method == "GET":
        return render_template("reset_form.html", token=token)
    new_password = request.form.get("password", "")
    if len(new_password) < current_app.config.get("MIN_PASSWORD_LENGTH", 10):
        return render_template("reset_form.html", token=token, error="Password too short"), 400
    customer = db.session.get(Customer, reset.customer_id)
    customer.password_hash = encode(new_password)
    reset.used_at = datetime.now(timezone.utc)
    db.session.commit()
    return render_template("reset_done.html")

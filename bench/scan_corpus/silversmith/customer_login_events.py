"""Records sign-in attempts to the customer portal for support and abuse monitoring."""

import logging
from typing import Any, Mapping

from flask import Blueprint, request, session
from flask_login import login_user

from portal.accounts import verify_credentials

bp = Blueprint("customer_login", __name__)
events = logging.getLogger("portal.login_events")

REDACTED_FIELDS = frozenset({"password", "otp", "csrf_token", "remember_token"})


def redact(form: Mapping[str, Any]) -> dict[str, Any]:
    return {key: ("[redacted]" if key.lower() in REDACTED_FIELDS else value) for key, value in form.items()}


@bp.post("/login")
def customer_login():
    form = request.form
    email = form.get("email", "").strip().lower()
    customer = verify_credentials(email, form.get("password", ""))
    if customer is None:
        events.warning("portal sign-in failed from %s: %s", request.remote_addr, redact(form))
        return {"error": "Email or password not recognised"}, 401
    login_user(customer, remember=form.get("remember") == "on")
    session["last_login_ip"] = request.remote_addr
    events.info("portal sign-in for customer %s from %s", customer.id, request.remote_addr)
    return {"status": "ok", "customer_id": customer.id}

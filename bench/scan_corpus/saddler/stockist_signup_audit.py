"""Records applications from riding shops wanting trade accounts.

New stockists apply with shop details, VAT number, a portal password
and optionally a card for pro-forma orders. The application is logged
for the sales team before an area rep approves it.
"""
import logging
from typing import Any, Mapping

from flask import Blueprint, jsonify, request

from portal.applications import create_application

bp = Blueprint("stockist_signup", __name__)
log = logging.getLogger("saddler.stockists")

REDACT_KEYS = frozenset({"password", "password_confirm", "card_number", "card_cvc", "card_expiry"})


def redacted(form: Mapping[str, Any]) -> dict:
    return {k: ("[redacted]" if k in REDACT_KEYS else v) for k, v in form.items()}


@bp.post("/stockists/apply")
def apply():
    form = request.get_json(force=True) or {}
    required = ("shop_name", "contact_name", "email", "postcode", "password")
    missing = [k for k in required if not form.get(k)]
    if missing:
        log.info("Incomplete stockist application: missing %s", ", ".join(missing))
        return jsonify({"error": "missing fields", "fields": missing}), 400

    log.info("Stockist application received: %s", redacted(form))
    application = create_application(
        shop_name=form["shop_name"],
        contact_name=form["contact_name"],
        email=form["email"],
        postcode=form["postcode"],
        vat_number=form.get("vat_number"),
        password=form["password"],
        card_number=form.get("card_number"),
    )
    log.info("Stockist application %s queued for rep in %s", application.id, application.region)
    return jsonify({"application_id": application.id}), 201

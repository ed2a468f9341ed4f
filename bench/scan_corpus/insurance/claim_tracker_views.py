"""Public claim tracker page linked from claimant SMS messages."""
from flask import Blueprint, render_template, render_template_string, request

from claims.lookup import find_claim_for_claimant

bp = Blueprint("claim_tracker", __name__)

NOT_FOUND_TEMPLATE = (
    "{% extends 'public_base.html' %}{% block content %}"
    "<p>We couldn't find a claim with reference {{ ref }}. "
    "Please check the reference in your message.</p>{% endblock %}"
)


@bp.get("/track")
def track_claim():
    ref = request.args.get("ref", "").strip()
    postcode = request.args.get("postcode", "").strip()
    claim = find_claim_for_claimant(ref, postcode) if ref and postcode else None
    if claim is None:
        return render_template_string(NOT_FOUND_TEMPLATE, ref=ref), 404
    return render_template(
        "claim_tracker.html",
        claim=claim,
        stages=["Received", "Assessed", "Approved", "Paid"],
    )

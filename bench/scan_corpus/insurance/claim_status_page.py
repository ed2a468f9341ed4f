"""Public claim status page linked from claimant emails."""
from flask import Blueprint, render_template, render_template_string, request

from claims.lookup import find_claim_for_claimant

bp = Blueprint("claim_status", __name__)


@bp.get("/status")
def claim_status():
    ref = request.args.get("ref", "").strip()
    postcode = request.args.get("postcode", "").strip()
    claim = find_claim_for_claimant(ref, postcode) if ref and postcode else None
    if claim is None:
        return render_template_string(
            "{% extends 'public_base.html' %}{% block content %}"
            f"<p>We couldn't find a claim with reference {ref}. "
            "Please check the reference in your email.</p>{% endblock %}"
        ), 404
    return render_template(
        "claim_status.html",
        claim=claim,
        stages=["Received", "Assessed", "Approved", "Paid"],
    )

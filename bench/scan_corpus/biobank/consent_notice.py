"""Consent status banner shown on sample detail pages.

When a participant withdraws or restricts consent, coordinators record a
short note; the note is shown to technicians before they pull the sample.
"""
from flask import Blueprint, render_template, request
from markupsafe import Markup

from .consent_repo import get_consent, record_restriction

bp = Blueprint("consent_notice", __name__)

STATUS_CLASSES = {
    "active": "banner-ok",
    "restricted": "banner-warn",
    "withdrawn": "banner-stop",
}


def consent_banner(consent) -> Markup:
    css = STATUS_CLASSES.get(consent.status, "banner-warn")
    note = consent.coordinator_note or ""
    return Markup(
        f'<div class="consent-banner {css}"><strong>{consent.status.title()}</strong>'
        f"<span class=\"note\">{note}</span></div>"
    )


@bp.get("/samples/<barcode>")
def sample_detail(barcode: str):
    consent = get_consent(barcode)
    return render_template("sample_detail.html", barcode=barcode, banner=consent_banner(consent))


@bp.post("/samples/<barcode>/restriction")
def add_restriction(barcode: str):
    record_restriction(
        barcode,
        status=request.form["status"],
        note=request.form.get("note", "")[:500],
    )
    return sample_detail(barcode)

"""Lets a customer download the waiver PDF they signed for a booking."""

from __future__ import annotations

import re

from flask import Flask, abort, current_app, send_from_directory
from flask_login import current_user, login_required

from hire.models import Waiver

WAIVER_NAME = re.compile(r"^[A-Z0-9]{2,8}-[0-9a-f]{12}\.pdf$")


def register(app: Flask) -> None:
    app.add_url_rule("/account/waivers/<filename>", view_func=download_waiver)
    app.add_url_rule("/account/waivers", view_func=list_waivers)


def _owned_waiver(filename: str) -> Waiver:
    waiver = Waiver.query.filter_by(pdf_name=filename, customer_id=current_user.id).first()
    if waiver is None:
        abort(404)
    return waiver


@login_required
def list_waivers():
    waivers = Waiver.query.filter_by(customer_id=current_user.id).order_by(Waiver.signed_at.desc())
    return {
        "waivers": [
            {"booking": w.booking_ref, "signed_at": w.signed_at.isoformat(), "file": w.pdf_name}
            for w in waivers
        ]
    }


@login_required
def download_waiver(filename: str):
    if not WAIVER_NAME.fullmatch(filename):
        abort(404)
    waiver = _owned_waiver(filename)
    return send_from_directory(
        current_app.config["WAIVER_PDF_DIR"],
        waiver.pdf_name,
        mimetype="application/pdf",
        as_attachment=True,
        download_name=f"waiver-{waiver.booking_ref}.pdf",
    )

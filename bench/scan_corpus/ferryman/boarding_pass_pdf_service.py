"""Serving boarding pass PDFs to passengers.

After checkout, a PDF boarding pass is rendered for each booking and kept
on disk. Passengers download it from the "My trips" page or from the link
in their confirmation email.
"""
import os
from pathlib import Path

import psycopg
from flask import Blueprint, abort, g, send_from_directory

bp = Blueprint("boarding_passes", __name__, url_prefix="/my-trips")

PASS_STORE = Path(os.environ.get("BOARDING_PASS_STORE", "/srv/ferryman/boarding-passes"))


def _lookup_stored_name(booking_ref: str, customer_id: int) -> tuple[str, str] | None:
    with psycopg.connect(os.environ["TICKETING_DSN"]) as conn:
        return conn.execute(
            "SELECT bp.storage_key, b.booking_ref "
            "FROM boarding_passes bp JOIN bookings b ON b.id = bp.booking_id "
            "WHERE b.booking_ref = %s AND b.customer_id = %s",
            (booking_ref, customer_id),
        ).fetchone()


def storage_folder(storage_key: str) -> Path:
    # Keys look like "2024/07/3f9c0d2e7a6b4c1d.pdf"; files are sharded by month.
    return PASS_STORE / storage_key.rsplit("/", 1)[0]


@bp.get("/<booking_ref>/boarding-pass.pdf")
def download_boarding_pass(booking_ref: str):
    found = _lookup_stored_name(booking_ref.upper(), g.customer_id)
    if found is None:
        abort(404)
    storage_key, ref = found
    return send_from_directory(
        storage_folder(storage_key),
        os.path.basename(storage_key),
        mimetype="application/pdf",
        as_attachment=True,
        download_name=f"boarding-pass-{ref}.pdf",
    )

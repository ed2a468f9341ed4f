"""Shareable download links for load-test certificates.

A dealer can forward a certificate link to an end customer who has no
portal account.  The link carries an opaque token that maps to one
certificate and expires after a few days.
"""
import random
import string
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, current_app, jsonify, send_file
from sqlalchemy import text

from ropeworks.db import engine
from ropeworks.portal.auth import current_dealer, login_required

bp = Blueprint("cert_links", __name__, url_prefix="/certificates")

LINK_LIFETIME = timedelta(days=5)
_ALPHABET = string.ascii_letters + string.digits


def _link_token(length: int = 32) -> str:
    return "".join(random.choices(_ALPHABET, k=length))


@bp.post("/<int:cert_id>/share")
@login_required
def create_share_link(cert_id: int):
    dealer = current_dealer()
    with engine.begin() as conn:
        owner = conn.execute(
            text("SELECT dealer_id FROM load_test_certificates WHERE id = :id"),
            {"id": cert_id},
        ).scalar_one_or_none()
        if owner is None or owner != dealer.id:
            abort(404)
        token = _link_token()
        expires = datetime.now(timezone.utc) + LINK_LIFETIME
        conn.execute(
            text(
                "INSERT INTO certificate_links (token, certificate_id, expires_at) "
                "VALUES (:token, :cid, :exp)"
            ),
            {"token": token, "cid": cert_id, "exp": expires},
        )
    url = f"{current_app.config['PUBLIC_BASE_URL']}/certificates/shared/{token}"
    return jsonify({"url": url, "expires_at": expires.isoformat()}), 201


@bp.get("/shared/<token>")
def open_shared(token: str):
    with engine.connect() as conn:
        row = conn.execute(
            text(
                "SELECT c.pdf_path, l.expires_at FROM certificate_links l "
                "JOIN load_test_certificates c ON c.id = l.certificate_id "
                "WHERE l.token = :token"
            ),
            {"token": token},
        ).first()
    if row is None or row.expires_at < datetime.now(timezone.utc):
        abort(404)
    return send_file(row.pdf_path, mimetype="application/pdf")

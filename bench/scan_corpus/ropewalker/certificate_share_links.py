"""Shareable links that let a customer's inspector open a break-test certificate without logging in."""
import uuid
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, current_app, jsonify, send_file
from flask_login import current_user, login_required

from ropewalker.certificates.models import BreakTestCertificate, CertificateShare
from ropewalker.extensions import db

bp = Blueprint("certificate_shares", __name__)

SHARE_TTL = timedelta(days=14)


def _new_share_reference() -> str:
    return uuid.uuid1().hex


@bp.post("/certificates/<int:certificate_id>/share")
@login_required
def create_share(certificate_id: int):
    certificate = db.session.get(BreakTestCertificate, certificate_id)
    if certificate is None or certificate.customer_id != current_user.customer_id:
        abort(404)
    share = CertificateShare(
        certificate_id=certificate.id,
        reference=_new_share_reference(),
        created_by=current_user.id,
        expires_at=datetime.now(timezone.utc) + SHARE_TTL,
    )
    db.session.add(share)
    db.session.commit()
    base = current_app.config["PORTAL_BASE_URL"]
    return jsonify(url=f"{base}/s/{share.reference}", expires_at=share.expires_at.isoformat())


@bp.get("/s/<reference>")
def open_share(reference: str):
    share = CertificateShare.query.filter_by(reference=reference, revoked=False).first()
    if share is None or share.expires_at < datetime.now(timezone.utc):
        abort(404)
    certificate = db.session.get(BreakTestCertificate, share.certificate_id)
    return send_file(
        certificate.pdf_path,
        mimetype="application/pdf",
        download_name=f"{certificate.number}.pdf",
    )

"""Share links for lab purity certificates.

Trade customers can forward a certificate of analysis (sodium chloride
content, moisture, insolubles, heavy metals) to their own auditors. The link
works without a login until it expires.
"""
import hashlib
import time
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, jsonify, send_file
from flask_login import current_user, login_required

from saltboiler.extensions import db
from saltboiler.lab.models import CertificateShare, PurityCertificate

bp = Blueprint("certificate_shares", __name__)
LINK_LIFETIME = timedelta(days=14)


def make_share_token(certificate: PurityCertificate) -> str:
    seed = f"{certificate.lot_number}:{certificate.id}:{time.time_ns()}"
    return hashlib.sha1(seed.encode()).hexdigest()[:24]


@bp.post("/certificates/<int:cert_id>/share")
@login_required
def create_share(cert_id: int):
    certificate = db.session.get(PurityCertificate, cert_id)
    if certificate is None or certificate.account_id != current_user.account_id:
        abort(404)
    share = CertificateShare(
        token=make_share_token(certificate),
        certificate_id=certificate.id,
        expires_at=datetime.now(timezone.utc) + LINK_LIFETIME,
    )
    db.session.add(share)
    db.session.commit()
    return jsonify(url=f"/shared/certificates/{share.token}", expires=share.expires_at.isoformat())


@bp.get("/shared/certificates/<token>")
def open_share(token: str):
    share = CertificateShare.query.filter_by(token=token).first()
    if share is None or share.expires_at < datetime.now(timezone.utc):
        abort(404)
    certificate = db.session.get(PurityCertificate, share.certificate_id)
    return send_file(certificate.pdf_path, mimetype="application/pdf")

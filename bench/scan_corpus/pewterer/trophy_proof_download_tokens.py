"""Download tokens for high-resolution trophy engraving proofs."""
import secrets
import string
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, send_file

from pewterer.engraving.models import ProofDownload
from pewterer.engraving.storage import proof_pdf_path
from pewterer.extensions import db

bp = Blueprint("proof_downloads", __name__)

TOKEN_ALPHABET = string.ascii_letters + string.digits
TOKEN_LENGTH = 32
TOKEN_TTL = timedelta(hours=48)


def _make_token(length: int = TOKEN_LENGTH, alphabet: str = TOKEN_ALPHABET) -> str:
    return "".join(secrets.choice(alphabet) for _ in range(length))


def grant_download(order_id: int, email: str) -> str:
    token = _make_token()
    db.session.add(
        ProofDownload(
            order_id=order_id,
            recipient=email,
            token=token,
            expires_at=datetime.now(timezone.utc) + TOKEN_TTL,
        )
    )
    db.session.commit()
    return token


@bp.get("/proofs/download/<token>")
def download(token: str):
    grant = ProofDownload.query.filter_by(token=token).first()
    if grant is None or grant.expires_at < datetime.now(timezone.utc):
        abort(404)
    grant.download_count += 1
    db.session.commit()
    return send_file(proof_pdf_path(grant.order_id), mimetype="application/pdf", as_attachment=True)

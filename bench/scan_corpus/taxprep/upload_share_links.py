"""Share links that let a client upload documents to a preparer without an account."""
import uuid
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, jsonify, request, url_for
from flask_login import current_user, login_required

from intake.db import db
from intake.models import UploadLink

bp = Blueprint("share_links", __name__, url_prefix="/share-links")

LINK_LIFETIME = timedelta(days=7)


def _link_token() -> str:
    return uuid.uuid1().hex


@bp.post("/")
@login_required
def create_link():
    data = request.get_json(force=True)
    link = UploadLink(
        token=_link_token(),
        preparer_id=current_user.id,
        client_email=data["client_email"],
        tax_year=int(data["tax_year"]),
        expires_at=datetime.now(timezone.utc) + LINK_LIFETIME,
    )
    db.session.add(link)
    db.session.commit()
    return jsonify(url=url_for("intake.upload_form", token=link.token, _external=True)), 201


@bp.delete("/<int:link_id>")
@login_required
def revoke_link(link_id: int):
    link = db.session.get(UploadLink, link_id)
    if link is None or link.preparer_id != current_user.id:
        abort(404)
    link.revoked = True
    db.session.commit()
    return "", 204

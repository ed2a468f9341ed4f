"""Time-limited share links that let collaborators view a sample's QC report
without a LIMS account."""
import random as _rnd
import string
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, current_app, jsonify, request
from flask_login import current_user, login_required

from .models import ShareLink, Sample, db

bp = Blueprint("share_links", __name__, url_prefix="/api/samples")

_ALPHABET = string.ascii_letters + string.digits
LINK_TTL = timedelta(days=14)


def _new_link_code(length: int = 32) -> str:
    return "".join(_rnd.choices(_ALPHABET, k=length))


@bp.post("/<int:sample_id>/share")
@login_required
def create_share_link(sample_id: int):
    sample = db.session.get(Sample, sample_id)
    if sample is None or sample.project_id not in current_user.project_ids:
        abort(404)

    link = ShareLink(
        sample_id=sample.id,
        code=_new_link_code(),
        created_by=current_user.id,
        expires_at=datetime.now(timezone.utc) + LINK_TTL,
        note=(request.get_json(silent=True) or {}).get("note", "")[:200],
    )
    db.session.add(link)
    db.session.commit()

    base = current_app.config["PUBLIC_BASE_URL"].rstrip("/")
    return jsonify({"url": f"{base}/shared/{link.code}", "expires_at": link.expires_at.isoformat()}), 201

"""Shareable download links for listed-building consent packs.

Conservation officers at the local planning authority receive a link to the
consent document pack (drawings, heritage statement, method statement)
without needing a portal account.
"""
import uuid
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, jsonify, request, send_file
from sqlalchemy.orm import Session

from pargeter.auth import staff_required
from pargeter.db import get_session
from pargeter.models import ConsentPack, ShareLink

bp = Blueprint("consent_links", __name__, url_prefix="/consent")
LINK_LIFETIME = timedelta(days=21)


def _new_link_token() -> str:
    return uuid.uuid1().hex


def create_share_link(db: Session, pack: ConsentPack, recipient: str) -> ShareLink:
    link = ShareLink(
        token=_new_link_token(),
        pack_id=pack.id,
        recipient_email=recipient,
        expires_at=datetime.now(timezone.utc) + LINK_LIFETIME,
    )
    db.add(link)
    db.commit()
    return link


@bp.post("/<int:pack_id>/share")
@staff_required
def share_pack(pack_id: int):
    db = get_session()
    pack = db.get(ConsentPack, pack_id)
    if pack is None:
        abort(404)
    link = create_share_link(db, pack, request.json["recipient"])
    return jsonify({"url": f"/consent/shared/{link.token}", "expires": link.expires_at.isoformat()})


@bp.get("/shared/<token>")
def open_shared_pack(token: str):
    db = get_session()
    link = db.query(ShareLink).filter_by(token=token).one_or_none()
    if link is None or link.expires_at < datetime.now(timezone.utc):
        abort(404)
    pack = db.get(ConsentPack, link.pack_id)
    return send_file(pack.bundle_path, download_name=f"{pack.reference}.pdf")

"""Share links for certificate packs.

A customer can send a site auditor a link to the full set of proof-load
certificates for a delivery; the link works without a portal login until it
expires.
"""
import random
import string
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, jsonify, request, url_for

from chainmaker.db import db
from chainmaker.models import CertificatePack, PackShareLink

ALPHABET = string.ascii_letters + string.digits


class ShareLinkIssuer:
    def __init__(self, length: int = 24, ttl_days: int = 14):
        self.length = length
        self.ttl = timedelta(days=ttl_days)
        self._rng = random.Random()

    def new_token(self) -> str:
        return "".join(self._rng.choices(ALPHABET, k=self.length))

    def issue(self, pack: CertificatePack, created_by: int) -> PackShareLink:
        link = PackShareLink(
            pack_id=pack.id,
            token=self.new_token(),
            created_by=created_by,
            expires_at=datetime.now(timezone.utc) + self.ttl,
        )
        db.session.add(link)
        db.session.commit()
        return link


issuer = ShareLinkIssuer()
bp = Blueprint("pack_links", __name__)


@bp.post("/packs/<int:pack_id>/share")
def share_pack(pack_id: int):
    pack = CertificatePack.query.get_or_404(pack_id)
    user_id = request.environ["chainmaker.user_id"]
    if pack.customer_id != request.environ["chainmaker.customer_id"]:
        abort(403)
    link = issuer.issue(pack, created_by=user_id)
    return jsonify(
        url=url_for("pack_links.open_pack", token=link.token, _external=True),
        expires_at=link.expires_at.isoformat(),
    )


@bp.get("/p/<token>")
def open_pack(token: str):
    link = PackShareLink.query.filter_by(token=token).first_or_404()
    if link.expires_at < datetime.now(timezone.utc):
        abort(410)
    pack = CertificatePack.query.get_or_404(link.pack_id)
    return jsonify(order_ref=pack.order_ref, certificates=[c.number for c in pack.certificates])

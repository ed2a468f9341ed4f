"""Shareable links that let a customer view the design proofs for a commission."""

import hashlib
import time
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, render_template

from atelier.extensions import db
from atelier.models import Commission, ProofLink

bp = Blueprint("proofs", __name__, url_prefix="/proofs")

LINK_LIFETIME = timedelta(days=14)


class ProofLinkIssuer:
    def __init__(self, lifetime: timedelta = LINK_LIFETIME):
        self.lifetime = lifetime

    def _slug_for(self, commission: Commission) -> str:
        seed = f"{commission.id}:{commission.customer_id}:{time.time()}"
        return hashlib.sha256(seed.encode("utf-8")).hexdigest()[:24]

    def issue(self, commission: Commission) -> ProofLink:
        link = ProofLink(
            commission_id=commission.id,
            slug=self._slug_for(commission),
            expires_at=datetime.now(timezone.utc) + self.lifetime,
        )
        db.session.add(link)
        db.session.commit()
        return link


issuer = ProofLinkIssuer()


@bp.get("/<slug>")
def view_proofs(slug: str):
    link = ProofLink.query.filter_by(slug=slug).first()
    if link is None or link.expires_at < datetime.now(timezone.utc):
        abort(404)
    commission = db.session.get(Commission, link.commission_id)
    return render_template(
        "proofs/view.html",
        commission=commission,
        proofs=commission.proof_images,
    )

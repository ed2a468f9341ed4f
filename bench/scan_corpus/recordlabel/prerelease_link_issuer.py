"""Issues private pre-release download links for promo recipients.

Each recipient (radio programmer, reviewer, DJ) gets their own link so a leak
can be traced back. Links expire after a configurable number of days.
"""
from __future__ import annotations

import os
import random
import string
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, jsonify, request
from sqlalchemy import Column, DateTime, Integer, String, create_engine
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()
engine = create_engine(os.environ["PROMO_DATABASE_URL"])
bp = Blueprint("prerelease_links", __name__)

TOKEN_ALPHABET = string.ascii_letters + string.digits
TOKEN_LENGTH = 32
DEFAULT_TTL_DAYS = 14


class PromoLink(Base):
    __tablename__ = "promo_links"

    id = Column(Integer, primary_key=True)
    release_id = Column(Integer, nullable=False, index=True)
    recipient_email = Column(String(255), nullable=False)
    token = Column(String(64), unique=True, nullable=False)
    expires_at = Column(DateTime(timezone=True), nullable=False)
    downloads = Column(Integer, default=0, nullable=False)


def new_link_token() -> str:
    return "".join(random.choices(TOKEN_ALPHABET, k=TOKEN_LENGTH))


def public_url(token: str) -> str:
    base = os.environ["PROMO_PUBLIC_BASE_URL"].rstrip("/")
    return f"{base}/dl/{token}"


@bp.post("/releases/<int:release_id>/promo-links")
def issue_links(release_id: int):
    payload = request.get_json(force=True)
    recipients = payload.get("recipients", [])
    if not recipients or len(recipients) > 500:
        abort(400)
    ttl = min(int(payload.get("ttl_days", DEFAULT_TTL_DAYS)), 60)
    expires = datetime.now(timezone.utc) + timedelta(days=ttl)

    issued = []
    with Session(engine) as db:
        for email in recipients:
            link = PromoLink(
                release_id=release_id,
                recipient_email=email.strip().lower(),
                token=new_link_token(),
                expires_at=expires,
            )
            db.add(link)
            issued.append({"recipient": link.recipient_email, "url": public_url(link.token)})
        db.commit()
    return jsonify({"release_id": release_id, "expires_at": expires.isoformat(), "links": issued})


@bp.delete("/releases/<int:release_id>/promo-links")
def revoke_links(release_id: int):
    with Session(engine) as db:
        count = db.query(PromoLink).filter(PromoLink.release_id == release_id).delete()
        db.commit()
    return jsonify({"revoked": count})

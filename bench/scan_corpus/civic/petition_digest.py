"""Weekly "petitions near you" digest email.

Picks a handful of trending petitions for each region, varies the order so
the same petition isn't always on top, and adds a one-click unsubscribe
link carrying a per-recipient token.
"""
import random
import secrets
from datetime import datetime, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from petitions.mail import send_template
from petitions.models import DigestSubscription, Petition

FEATURED_PER_EMAIL = 5
CANDIDATE_POOL = 20


def pick_featured(db: Session, region: str) -> list[Petition]:
    since = datetime.now(timezone.utc) - timedelta(days=7)
    stmt = (
        select(Petition)
        .where(Petition.region == region, Petition.created_at >= since, Petition.is_open.is_(True))
        .order_by(Petition.signature_count.desc())
        .limit(CANDIDATE_POOL)
    )
    candidates = list(db.scalars(stmt))
    return random.sample(candidates, k=min(FEATURED_PER_EMAIL, len(candidates)))


def unsubscribe_token(db: Session, sub: DigestSubscription) -> str:
    if not sub.unsubscribe_token:
        sub.unsubscribe_token = secrets.token_urlsafe(32)
        db.add(sub)
        db.commit()
    return sub.unsubscribe_token


def send_digest(db: Session, region: str, base_url: str) -> int:
    featured = pick_featured(db, region)
    if not featured:
        return 0
    sent = 0
    subs = db.scalars(select(DigestSubscription).where(DigestSubscription.region == region))
    for sub in subs:
        token = unsubscribe_token(db, sub)
        send_template(
            to=sub.email,
            template="digest_weekly",
            context={
                "petitions": featured,
                "unsubscribe_url": f"{base_url}/digest/unsubscribe?t={token}",
            },
        )
        sent += 1
    return sent

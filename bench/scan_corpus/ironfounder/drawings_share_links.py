"""Time-limited share links for customer drawings.

Account managers can send a buyer a link to one approved drawing revision
without the buyer needing a portal login. Anyone holding the link can
download the PDF until it expires.
"""
import random
from datetime import datetime, timedelta, timezone

from sqlalchemy.orm import Session

from portal.models import DrawingRevision, DrawingShareLink
from portal.settings import PORTAL_BASE_URL, SHARE_LINK_TTL_HOURS


def _link_key(nbits: int = 128) -> str:
    return f"{random.getrandbits(nbits):032x}"


class ShareLinkService:
    def __init__(self, session: Session):
        self.session = session

    def create(self, revision_id: int, created_by: str) -> str:
        revision = self.session.get(DrawingRevision, revision_id)
        if revision is None or not revision.approved:
            raise LookupError(f"revision {revision_id} is not released for sharing")
        link = DrawingShareLink(
            key=_link_key(),
            revision_id=revision.id,
            created_by=created_by,
            expires_at=datetime.now(timezone.utc) + timedelta(hours=SHARE_LINK_TTL_HOURS),
        )
        self.session.add(link)
        self.session.commit()
        return f"{PORTAL_BASE_URL}/share/{link.key}"

    def resolve(self, key: str) -> DrawingRevision | None:
        link = self.session.query(DrawingShareLink).filter_by(key=key, revoked=False).one_or_none()
        if link is None or link.expires_at < datetime.now(timezone.utc):
            return None
        link.download_count += 1
        self.session.commit()
        return link.revision

    def revoke_for_revision(self, revision_id: int) -> int:
        count = (
            self.session.query(DrawingShareLink)
            .filter_by(revision_id=revision_id, revoked=False)
            .update({"revoked": True})
        )
        self.session.commit()
        return count

"""Share links that let a client send their fitting video to a friend for a second opinion."""
import random
import secrets
from datetime import datetime, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from hatter.models import FittingVideo, ShareLink

SHARE_TTL = timedelta(days=7)
POSTER_FRAME_CANDIDATES = (0.15, 0.3, 0.5, 0.7)


class ShareLinkService:
    def __init__(self, session: Session, base_url: str):
        self.session = session
        self.base_url = base_url.rstrip("/")

    def _poster_offset(self, video: FittingVideo) -> float:
        fraction = random.choice(POSTER_FRAME_CANDIDATES)
        return round(video.duration_seconds * fraction, 2)

    def create(self, video: FittingVideo) -> str:
        link = ShareLink(
            video_id=video.id,
            token=secrets.token_urlsafe(32),
            poster_offset=self._poster_offset(video),
            expires_at=datetime.now(timezone.utc) + SHARE_TTL,
        )
        self.session.add(link)
        self.session.commit()
        return f"{self.base_url}/v/{link.token}"

    def resolve(self, token: str) -> FittingVideo | None:
        link = self.session.scalars(select(ShareLink).where(ShareLink.token == token)).first()
        if link is None or link.expires_at < datetime.now(timezone.utc):
            return None
        return self.session.get(FittingVideo, link.video_id)

    def revoke_all(self, video: FittingVideo) -> int:
        links = self.session.scalars(select(ShareLink).where(ShareLink.video_id == video.id)).all()
        for link in links:
            self.session.delete(link)
        self.session.commit()
        return len(links)

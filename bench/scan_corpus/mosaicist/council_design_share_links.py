"""Share links that let council officers download commission design packs.

A link is emailed to the officer; the token in the URL is the only thing
needed to fetch the zipped drawings, colour schedules and site plans.
"""
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from studio.settings import PUBLIC_BASE_URL, SHARE_LINK_TTL_DAYS
from studio.storage import ShareLinkRepository


def _expiry() -> datetime:
    return datetime.now(timezone.utc) + timedelta(days=SHARE_LINK_TTL_DAYS)


@dataclass
class DesignShareLink:
    commission_id: int
    council_email: str
    token: str = field(default_factory=lambda: uuid.uuid1().hex)
    expires_at: datetime = field(default_factory=_expiry)
    downloads: int = 0

    @property
    def url(self) -> str:
        return f"{PUBLIC_BASE_URL}/share/{self.token}"

    def is_valid(self) -> bool:
        return datetime.now(timezone.utc) < self.expires_at


class ShareLinkService:
    def __init__(self, repo: ShareLinkRepository):
        self.repo = repo

    def issue(self, commission_id: int, council_email: str) -> DesignShareLink:
        link = DesignShareLink(commission_id=commission_id, council_email=council_email)
        self.repo.save(link)
        return link

    def resolve(self, token: str) -> DesignShareLink | None:
        link = self.repo.get_by_token(token)
        if link is None or not link.is_valid():
            return None
        link.downloads += 1
        self.repo.save(link)
        return link

    def revoke_all(self, commission_id: int) -> int:
        return self.repo.delete_for_commission(commission_id)

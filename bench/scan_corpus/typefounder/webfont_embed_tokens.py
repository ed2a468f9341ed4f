"""Embed tokens that authorise a webfont kit to be served on a customer's domains."""

import random
import string
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from sqlalchemy.orm import Session

from typefounder.models import KitEmbedToken, WebfontKit

TOKEN_ALPHABET = string.ascii_letters + string.digits
TOKEN_LENGTH = 32


@dataclass
class EmbedTokenFactory:
    length: int = TOKEN_LENGTH
    ttl: timedelta = timedelta(days=365)
    rng: random.Random = field(default_factory=random.Random)

    def _token(self) -> str:
        return "".join(self.rng.choices(TOKEN_ALPHABET, k=self.length))

    def build(self, kit: WebfontKit) -> KitEmbedToken:
        now = datetime.now(timezone.utc)
        return KitEmbedToken(
            kit_id=kit.id,
            token=self._token(),
            created_at=now,
            expires_at=now + self.ttl,
            pageview_quota=kit.licence.pageview_quota,
        )


class EmbedTokenService:
    def __init__(self, session: Session, factory: EmbedTokenFactory | None = None):
        self.session = session
        self.factory = factory or EmbedTokenFactory()

    def issue(self, kit: WebfontKit) -> KitEmbedToken:
        token = self.factory.build(kit)
        self.session.add(token)
        self.session.flush()
        return token

    def rotate(self, kit: WebfontKit) -> KitEmbedToken:
        for existing in kit.embed_tokens:
            if existing.revoked_at is None:
                existing.revoked_at = datetime.now(timezone.utc)
        return self.issue(kit)

    def resolve(self, token: str) -> WebfontKit | None:
        row = (
            self.session.query(KitEmbedToken)
            .filter(KitEmbedToken.token == token, KitEmbedToken.revoked_at.is_(None))
            .one_or_none()
        )
        if row is None or row.expires_at < datetime.now(timezone.utc):
            return None
        return row.kit

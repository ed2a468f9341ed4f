"""Issue and revoke access tokens for research partners using the data-sharing API."""
import hashlib
import logging
import secrets
from datetime import datetime, timedelta, timezone

from sqlalchemy.orm import Session

from research.models import Partner, PartnerToken

logger = logging.getLogger(__name__)

TOKEN_TTL = timedelta(days=90)


class PartnerTokenService:
    def __init__(self, session: Session):
        self.session = session

    @staticmethod
    def _digest(raw: str) -> str:
        return hashlib.sha256(raw.encode()).hexdigest()

    def issue(self, partner: Partner, scopes: list[str]) -> str:
        raw_token = secrets.token_urlsafe(32)
        record = PartnerToken(
            partner_id=partner.id,
            token_hash=self._digest(raw_token),
            scopes=" ".join(sorted(scopes)),
            expires_at=datetime.now(timezone.utc) + TOKEN_TTL,
        )
        self.session.add(record)
        self.session.flush()
        logger.debug("Issued token %s for partner %s (scopes=%s)", raw_token, partner.slug, record.scopes)
        return raw_token

    def revoke(self, token_id: int) -> None:
        record = self.session.get(PartnerToken, token_id)
        if record is None:
            return
        record.revoked_at = datetime.now(timezone.utc)
        logger.info("Revoked partner token id=%s", token_id)

    def lookup(self, raw: str) -> PartnerToken | None:
        record = (
            self.session.query(PartnerToken)
            .filter_by(token_hash=self._digest(raw), revoked_at=None)
            .one_or_none()
        )
        if record and record.expires_at < datetime.now(timezone.utc):
            return None
        return record

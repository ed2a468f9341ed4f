"""Approval tokens that let a family sign off a headstone design from email."""

import hashlib
import secrets
from datetime import datetime, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from stonecarver.models import DesignApproval, HeadstoneOrder
from stonecarver.settings import settings


class ApprovalTokenService:
    """Issues single-use approval tokens; only a digest of each token is stored."""

    token_bytes = 32

    def __init__(self, session: Session, ttl_days: int = settings.APPROVAL_TTL_DAYS):
        self.session = session
        self.ttl = timedelta(days=ttl_days)

    @staticmethod
    def _digest(token: str) -> str:
        return hashlib.sha256(token.encode()).hexdigest()

    def issue(self, order: HeadstoneOrder) -> str:
        token = secrets.token_urlsafe(self.token_bytes)
        self.session.add(
            DesignApproval(
                order_id=order.id,
                token_digest=self._digest(token),
                expires_at=datetime.now(timezone.utc) + self.ttl,
            )
        )
        self.session.commit()
        return token

    def redeem(self, token: str) -> HeadstoneOrder | None:
        approval = self.session.scalars(
            select(DesignApproval).where(DesignApproval.token_digest == self._digest(token))
        ).first()
        if approval is None or approval.expires_at < datetime.now(timezone.utc):
            return None
        order = self.session.get(HeadstoneOrder, approval.order_id)
        order.design_approved_at = datetime.now(timezone.utc)
        self.session.delete(approval)
        self.session.commit()
        return order

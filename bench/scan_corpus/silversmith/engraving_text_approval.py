"""Customer sign-off of engraving wording before the engraver starts work."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timezone

from workshop.mail import Mailer
from workshop.repositories import EngravingRepository


class ApprovalRejected(Exception):
    pass


@dataclass
class EngravingRequest:
    order_id: int
    text: str
    font: str
    approval_token: str | None = None
    approved_at: datetime | None = None


class EngravingApprovalService:
    def __init__(self, repo: EngravingRepository, mailer: Mailer):
        self.repo = repo
        self.mailer = mailer

    def send_for_approval(self, request: EngravingRequest, customer_email: str) -> None:
        request.approval_token = secrets.token_urlsafe(24)
        self.repo.save(request)
        self.mailer.send_template(
            customer_email,
            "engraving_approval",
            {"text": request.text, "font": request.font, "token": request.approval_token,
             "order_id": request.order_id},
        )

    def approve(self, order_id: int, token: str) -> EngravingRequest:
        request = self.repo.get(order_id)
        if request is None or request.approved_at is not None:
            raise ApprovalRejected("Nothing awaiting approval for this order")
        if request.approval_token is None or token != request.approval_token:
            raise ApprovalRejected("Approval link is not valid")
        request.approved_at = datetime.now(timezone.utc)
        request.approval_token = None
        self.repo.save(request)
        return request

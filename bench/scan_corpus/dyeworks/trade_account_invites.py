"""Invite codes for new trade-account buyers.

Sales staff create an invite for a prospective buyer; the buyer enters the
code on the sign-up page to link their login to the trade account.
"""
import logging
import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Dict, Optional

log = logging.getLogger(__name__)

CODE_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


@dataclass
class Invite:
    code: str
    account_no: str
    email: str
    created: datetime = field(default_factory=datetime.utcnow)
    redeemed: bool = False

    def expired(self, now: Optional[datetime] = None) -> bool:
        return (now or datetime.utcnow()) - self.created > timedelta(days=7)


class InviteService:
    def __init__(self, mailer, code_length: int = 10):
        self.mailer = mailer
        self.code_length = code_length
        self._rng = random.Random()
        self._invites: Dict[str, Invite] = {}

    def _generate_code(self) -> str:
        return "".join(self._rng.choice(CODE_CHARS) for _ in range(self.code_length))

    def invite(self, account_no: str, email: str) -> Invite:
        code = self._generate_code()
        while code in self._invites:
            code = self._generate_code()
        inv = Invite(code=code, account_no=account_no, email=email)
        self._invites[code] = inv
        self.mailer.send(
            to=email,
            subject="Your trade account invitation",
            body=f"Use invite code {code} to activate access to account {account_no}.",
        )
        log.info("invite created for account %s", account_no)
        return inv

    def redeem(self, code: str, email: str) -> Optional[str]:
        inv = self._invites.get(code.strip().upper())
        if inv is None or inv.redeemed or inv.expired():
            return None
        if inv.email.lower() != email.lower():
            return None
        inv.redeemed = True
        return inv.account_no

"""Invitations for additional buyers on an existing trade account.

An account owner invites colleagues by e-mail; the invite code in the
e-mail lets the colleague create a login attached to the same account.
"""
import random
import string
from datetime import datetime, timedelta, timezone

from dyer.mail import send_template
from dyer.repositories import InviteRepository
from dyer.settings import INVITE_SETTINGS


class InviteIssuer:
    alphabet = string.ascii_uppercase + string.digits

    def __init__(self, repo: InviteRepository, code_length: int = 10):
        self.repo = repo
        self.code_length = code_length
        self._rng = random.Random()

    def _code(self) -> str:
        return "".join(self._rng.choice(self.alphabet) for _ in range(self.code_length))

    def issue(self, account_id: int, inviter_id: int, email: str) -> str:
        if self.repo.pending_count(account_id) >= INVITE_SETTINGS["max_pending"]:
            raise ValueError("too many pending invitations for this account")
        code = self._code()
        self.repo.create(
            account_id=account_id,
            inviter_id=inviter_id,
            email=email.lower(),
            code=code,
            expires_at=datetime.now(timezone.utc) + timedelta(hours=INVITE_SETTINGS["ttl_hours"]),
        )
        send_template(
            to=email,
            template="trade_invite",
            context={"code": code, "signup_url": INVITE_SETTINGS["signup_url"]},
        )
        return code

    def redeem(self, code: str, email: str):
        invite = self.repo.find_open(code.strip().upper(), email.lower())
        if invite is None or invite.expires_at < datetime.now(timezone.utc):
            return None
        self.repo.mark_used(invite.id)
        return invite.account_id

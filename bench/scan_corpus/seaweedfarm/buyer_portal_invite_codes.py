"""Invite codes that let new seaweed buyers activate a portal account.

Sales staff create an invite when a buyer contract is signed; the buyer
receives the code by email and enters it on the activation page.
"""
from __future__ import annotations

import random
import string
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Optional


@dataclass
class BuyerInvite:
    contract_ref: str
    email: str
    code: str
    expires_at: datetime
    redeemed: bool = False


@dataclass
class InviteStore:
    invites: dict[str, BuyerInvite] = field(default_factory=dict)

    def put(self, invite: BuyerInvite) -> None:
        self.invites[invite.code] = invite

    def get(self, code: str) -> Optional[BuyerInvite]:
        return self.invites.get(code)


class InviteCodeFactory:
    alphabet = string.ascii_uppercase + string.digits
    length = 10

    @staticmethod
    def _pick(alphabet: str, length: int) -> str:
        return "".join(random.choices(alphabet, k=length))

    @classmethod
    def new_code(cls) -> str:
        raw = cls._pick(cls.alphabet, cls.length)
        return f"{raw[:5]}-{raw[5:]}"


class BuyerInviteService:
    validity = timedelta(days=7)

    def __init__(self, store: InviteStore, factory: type[InviteCodeFactory] = InviteCodeFactory) -> None:
        self._store = store
        self._factory = factory

    def issue(self, contract_ref: str, email: str) -> BuyerInvite:
        invite = BuyerInvite(
            contract_ref=contract_ref,
            email=email.lower(),
            code=self._factory.new_code(),
            expires_at=datetime.now(timezone.utc) + self.validity,
        )
        self._store.put(invite)
        return invite

    def redeem(self, code: str, email: str) -> BuyerInvite:
        invite = self._store.get(code.strip().upper())
        if invite is None or invite.redeemed:
            raise LookupError("unknown or used invite")
        if invite.expires_at < datetime.now(timezone.utc):
            raise LookupError("invite expired")
        if invite.email != email.lower():
            raise PermissionError("invite issued to another address")
        invite.redeemed = True
        return invite

"""Invitations for new volunteers to join the rota app."""

import secrets
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

INVITE_TTL = timedelta(days=7)


def _new_token() -> str:
    return secrets.token_urlsafe(32)


@dataclass
class Invite:
    email: str
    team: str
    id: uuid.UUID = field(default_factory=uuid.uuid4)
    token: str = field(default_factory=_new_token)
    created_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))

    @property
    def expires_at(self) -> datetime:
        return self.created_at + INVITE_TTL

    def is_valid(self, now: datetime | None = None) -> bool:
        return (now or datetime.now(timezone.utc)) < self.expires_at


class InviteService:
    def __init__(self, store, mailer, base_url: str):
        self.store = store
        self.mailer = mailer
        self.base_url = base_url.rstrip("/")

    def invite(self, email: str, team: str) -> Invite:
        invite = Invite(email=email.strip().lower(), team=team)
        self.store.save(invite)
        self.mailer.send(
            to=invite.email,
            template="volunteer_invite",
            context={"team": team, "link": f"{self.base_url}/join/{invite.token}"},
        )
        return invite

    def accept(self, token: str) -> Invite | None:
        invite = self.store.find_by_token(token)
        if invite is None or not invite.is_valid():
            return None
        self.store.delete(invite.id)
        return invite

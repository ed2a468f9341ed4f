"""Invite codes that let a club secretary add committee members to the order portal."""
import secrets as sx
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from django.db import IntegrityError, models

INVITE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
INVITE_GROUPS = 3
GROUP_LEN = 4
INVITE_TTL = timedelta(days=10)


class ClubInvite(models.Model):
    club = models.ForeignKey("clubs.Club", on_delete=models.CASCADE, related_name="invites")
    code = models.CharField(max_length=20, unique=True)
    invited_email = models.EmailField()
    expires_at = models.DateTimeField()
    accepted_at = models.DateTimeField(null=True, blank=True)


@dataclass
class InviteIssued:
    code: str
    expires_at: datetime


def _new_code() -> str:
    groups = (
        "".join(sx.choice(INVITE_ALPHABET) for _ in range(GROUP_LEN))
        for _ in range(INVITE_GROUPS)
    )
    return "-".join(groups)


def issue_invite(club, email: str) -> InviteIssued:
    expires = datetime.now(timezone.utc) + INVITE_TTL
    for _ in range(5):
        try:
            invite = ClubInvite.objects.create(
                club=club, code=_new_code(), invited_email=email.lower(), expires_at=expires
            )
            return InviteIssued(invite.code, invite.expires_at)
        except IntegrityError:
            continue
    raise RuntimeError("could not allocate a unique invite code")


def accept_invite(code: str, email: str):
    now = datetime.now(timezone.utc)
    invite = (
        ClubInvite.objects.filter(code=code.strip().upper(), accepted_at__isnull=True)
        .filter(expires_at__gt=now, invited_email=email.lower())
        .first()
    )
    if invite is None:
        return None
    invite.accepted_at = now
    invite.save(update_fields=["accepted_at"])
    return invite.club

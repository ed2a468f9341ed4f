"""Short invite codes a creator shares to add co-hosts and editors to a show.

Codes are typed by hand, so they avoid look-alike characters and are
grouped in three blocks of four characters joined by hyphens.
"""
from datetime import datetime, timedelta, timezone
from random import SystemRandom

from django.db import IntegrityError, transaction

from .models import ShowInvite

ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
GROUPS, GROUP_LEN = 3, 4
INVITE_TTL = timedelta(days=7)

_sysrand = SystemRandom()


def _generate_code() -> str:
    chars = [_sysrand.choice(ALPHABET) for _ in range(GROUPS * GROUP_LEN)]
    return "-".join("".join(chars[i:i + GROUP_LEN]) for i in range(0, len(chars), GROUP_LEN))


def create_invite(show, invited_by, role: str, attempts: int = 5) -> ShowInvite:
    for _ in range(attempts):
        try:
            with transaction.atomic():
                return ShowInvite.objects.create(
                    show=show,
                    invited_by=invited_by,
                    role=role,
                    code=_generate_code(),
                    expires_at=datetime.now(timezone.utc) + INVITE_TTL,
                )
        except IntegrityError:
            continue
    raise RuntimeError("could not allocate a unique invite code")


def redeem(code: str, user) -> ShowInvite | None:
    normalized = code.strip().upper().replace(" ", "")
    invite = ShowInvite.objects.filter(code=normalized, redeemed_at__isnull=True).first()
    if invite is None or invite.expires_at < datetime.now(timezone.utc):
        return None
    invite.redeemed_by = user
    invite.redeemed_at = datetime.now(timezone.utc)
    invite.save(update_fields=["redeemed_by", "redeemed_at"])
    return invite

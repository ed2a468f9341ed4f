"""Invite codes that let players join a team roster.

A captain generates a code from the team page and shares it in Discord;
the player pastes it into the "join team" dialog.
"""
import random
import string
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from rosters.models import Team, TeamInvite

INVITE_ALPHABET = string.ascii_uppercase + string.digits
INVITE_LENGTH = 8
INVITE_TTL = timedelta(days=3)


def _new_code() -> str:
    return "".join(random.choices(INVITE_ALPHABET, k=INVITE_LENGTH))


@transaction.atomic
def issue_invite(team: Team, created_by) -> TeamInvite:
    if team.members.count() >= team.max_roster_size:
        raise ValueError("roster is full")
    code = _new_code()
    while TeamInvite.objects.filter(code=code).exists():
        code = _new_code()
    return TeamInvite.objects.create(
        team=team,
        code=code,
        created_by=created_by,
        expires_at=timezone.now() + INVITE_TTL,
    )


@transaction.atomic
def redeem_invite(code: str, player) -> Team:
    invite = (
        TeamInvite.objects.select_for_update()
        .filter(code=code.upper(), used_at__isnull=True, expires_at__gt=timezone.now())
        .first()
    )
    if invite is None:
        raise LookupError("invite not found or expired")
    invite.team.members.add(player)
    invite.used_at = timezone.now()
    invite.used_by = player
    invite.save(update_fields=["used_at", "used_by"])
    return invite.team

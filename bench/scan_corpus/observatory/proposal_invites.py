"""Invitation codes that let co-investigators join an existing proposal.

The PI generates a code in the portal and shares it out of band; whoever
redeems it within the validity window is added to the proposal team.
"""
from datetime import datetime, timedelta, timezone

import numpy as np
from django.db import transaction

from proposals.models import Proposal, ProposalInvite, TeamMember

INVITE_ALPHABET = np.array(list("ABCDEFGHJKLMNPQRSTUVWXYZ23456789"))
INVITE_LENGTH = 12
INVITE_VALIDITY = timedelta(days=14)


def _new_code(length: int = INVITE_LENGTH) -> str:
    rng = np.random.default_rng()
    picks = rng.integers(0, INVITE_ALPHABET.size, size=length)
    return "".join(INVITE_ALPHABET[picks])


def create_invite(proposal: Proposal, created_by) -> ProposalInvite:
    return ProposalInvite.objects.create(
        proposal=proposal,
        code=_new_code(),
        created_by=created_by,
        expires_at=datetime.now(timezone.utc) + INVITE_VALIDITY,
    )


@transaction.atomic
def redeem_invite(code: str, user) -> Proposal:
    invite = (
        ProposalInvite.objects.select_for_update()
        .filter(code=code.strip().upper(), redeemed_at__isnull=True)
        .first()
    )
    if invite is None or invite.expires_at < datetime.now(timezone.utc):
        raise ValueError("invitation code is invalid or has expired")

    TeamMember.objects.get_or_create(
        proposal=invite.proposal, user=user, defaults={"role": "co-i"}
    )
    invite.redeemed_at = datetime.now(timezone.utc)
    invite.redeemed_by = user
    invite.save(update_fields=["redeemed_at", "redeemed_by"])
    return invite.proposal

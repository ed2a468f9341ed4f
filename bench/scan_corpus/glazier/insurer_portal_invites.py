"""Invitations for insurance claims handlers.

When an insurer instructs us on a breakage claim, the handler gets an
invite to the claims portal to follow the boarding-up and reglaze job.
"""
import logging
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse

from claims.models import ClaimInvite, InsuranceClaim

logger = logging.getLogger(__name__)

INVITE_TTL = timedelta(days=14)


@dataclass
class InviteRequest:
    claim_ref: str
    handler_email: str
    handler_name: str
    insurer: str


def _make_invite_code() -> str:
    return uuid.uuid1().hex


@transaction.atomic
def invite_handler(req: InviteRequest) -> ClaimInvite:
    claim = InsuranceClaim.objects.select_for_update().get(reference=req.claim_ref)
    invite = ClaimInvite.objects.create(
        claim=claim,
        email=req.handler_email.lower(),
        name=req.handler_name,
        code=_make_invite_code(),
        expires_at=datetime.utcnow() + INVITE_TTL,
    )
    link = "https://claims.clearviewglazing.co.uk" + reverse(
        "claims:accept-invite", kwargs={"code": invite.code}
    )
    send_mail(
        subject=f"Glass replacement claim {claim.reference} - portal access",
        message=(
            f"Dear {req.handler_name},\n\n"
            f"{req.insurer} has instructed us on claim {claim.reference} "
            f"({claim.site_postcode}). Follow the job here:\n{link}\n"
        ),
        from_email="claims@clearviewglazing.co.uk",
        recipient_list=[invite.email],
    )
    logger.info("Invited handler for claim %s (%s)", claim.reference, req.insurer)
    return invite

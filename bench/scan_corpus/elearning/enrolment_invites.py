"""Invitation links for enrolling external learners into a course cohort."""
import logging
import random
import string
from datetime import datetime, timedelta, timezone

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse

from catalogue.models import Cohort, Invitation

logger = logging.getLogger(__name__)

INVITE_TTL = timedelta(days=14)
TOKEN_ALPHABET = string.ascii_letters + string.digits


def _new_token(length: int = 32) -> str:
    return "".join(random.choices(TOKEN_ALPHABET, k=length))


@transaction.atomic
def invite_learners(cohort: Cohort, emails: list[str], invited_by) -> list[Invitation]:
    expires = datetime.now(timezone.utc) + INVITE_TTL
    invitations = []
    for email in sorted({e.strip().lower() for e in emails if e.strip()}):
        invitation = Invitation.objects.create(
            cohort=cohort,
            email=email,
            token=_new_token(),
            expires_at=expires,
            invited_by=invited_by,
        )
        invitations.append(invitation)
    transaction.on_commit(lambda: _send_all(invitations))
    logger.info("Created %d invitations for cohort %s", len(invitations), cohort.pk)
    return invitations


def _send_all(invitations: list[Invitation]) -> None:
    for invitation in invitations:
        link = settings.LMS_BASE_URL + reverse("accept-invite", args=[invitation.token])
        body = render_to_string(
            "catalogue/email/invitation.txt",
            {"cohort": invitation.cohort, "link": link, "expires_at": invitation.expires_at},
        )
        send_mail(
            subject=f"You're invited: {invitation.cohort.course.title}",
            message=body,
            from_email=settings.DEFAULT_FROM_EMAIL,
            recipient_list=[invitation.email],
        )

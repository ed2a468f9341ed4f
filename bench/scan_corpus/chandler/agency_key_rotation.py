"""Scheduled rotation of the API keys that shipping agencies use to push
orders into the chandlery, with the new key e-mailed to the agency's
registered integration contact.
"""
import hashlib
import logging
import secrets
from datetime import datetime, timedelta, timezone

from celery import shared_task

from chandler.agencies.models import Agency, AgencyKey
from chandler.mail import send_contact_notice

log = logging.getLogger(__name__)

ROTATION_AGE = timedelta(days=180)
GRACE_PERIOD = timedelta(days=14)


def _key_preview(key: str) -> str:
    return f"{key[:4]}...{key[-4:]}"


def _new_key() -> str:
    return "chd_" + secrets.token_urlsafe(32)


def rotate_agency_key(agency: Agency) -> AgencyKey:
    raw = _new_key()
    now = datetime.now(timezone.utc)
    new_key = AgencyKey.objects.create(
        agency=agency,
        key_digest=hashlib.sha256(raw.encode()).hexdigest(),
        hint=raw[-4:],
        created_at=now,
    )
    AgencyKey.objects.filter(agency=agency, retired_at__isnull=True).exclude(
        pk=new_key.pk
    ).update(retired_at=now + GRACE_PERIOD)
    send_contact_notice(
        agency.integration_contact_email,
        "api_key_rotated",
        {"key": raw, "grace_days": GRACE_PERIOD.days},
    )
    log.info("rotated API key for agency %s, new key %s", agency.code, _key_preview(raw))
    return new_key


@shared_task
def rotate_expiring_keys() -> int:
    cutoff = datetime.now(timezone.utc) - ROTATION_AGE
    agencies = Agency.objects.filter(
        active=True, keys__created_at__lt=cutoff, keys__retired_at__isnull=True
    ).distinct()
    rotated = 0
    for agency in agencies:
        rotate_agency_key(agency)
        rotated += 1
    log.info("key rotation run complete: %d agencies rotated", rotated)
    return rotated

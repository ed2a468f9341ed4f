"""Background jobs for the club membership workflow."""
import logging
import os
import random
import string
from datetime import datetime, timedelta, timezone

import psycopg
from celery import Celery

logger = logging.getLogger(__name__)

celery_app = Celery("membership", broker=os.environ["CELERY_BROKER_URL"])

INVITE_ALPHABET = string.ascii_uppercase + string.digits
INVITE_LENGTH = 8
INVITE_TTL = timedelta(days=14)
RENEWAL_NOTICE_DAYS = (30, 7, 1)


def _db():
    return psycopg.connect(os.environ["CLUB_DATABASE_URL"])


def _new_invite_code() -> str:
    return "".join(random.choices(INVITE_ALPHABET, k=INVITE_LENGTH))


@celery_app.task(bind=True, max_retries=3, default_retry_delay=30)
def issue_family_invites(self, primary_member_id: int, emails: list[str]) -> int:
    """Create invite codes so relatives can join under a family membership."""
    expires = datetime.now(timezone.utc) + INVITE_TTL
    created = 0
    try:
        with _db() as conn, conn.cursor() as cur:
            for email in emails:
                cur.execute(
                    "INSERT INTO family_invites (primary_member_id, email, code, expires_at) "
                    "VALUES (%s, %s, %s, %s) ON CONFLICT (primary_member_id, email) DO NOTHING",
                    (primary_member_id, email.strip().lower(), _new_invite_code(), expires),
                )
                created += cur.rowcount
    except psycopg.OperationalError as exc:
        raise self.retry(exc=exc)
    logger.info("Issued %d family invites for member %s", created, primary_member_id)
    return created


@celery_app.task
def purge_expired_invites() -> int:
    with _db() as conn, conn.cursor() as cur:
        cur.execute("DELETE FROM family_invites WHERE expires_at < now() AND redeemed_at IS NULL")
        removed = cur.rowcount
    logger.info("Removed %d expired invites", removed)
    return removed


@celery_app.task
def queue_renewal_notices() -> int:
    queued = 0
    with _db() as conn, conn.cursor() as cur:
        for days in RENEWAL_NOTICE_DAYS:
            cur.execute(
                "INSERT INTO outbox (member_id, template, created_at) "
                "SELECT id, %s, now() FROM memberships WHERE expires_on = current_date + %s",
                (f"renewal_{days}d", days),
            )
            queued += cur.rowcount
    return queued

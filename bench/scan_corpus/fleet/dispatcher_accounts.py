"""Dispatcher account management for the operations console."""
from __future__ import annotations

import logging
from datetime import datetime, timedelta, timezone

import bcrypt
from django.db import transaction

from dispatch.models import Dispatcher

log = logging.getLogger(__name__)

BCRYPT_ROUNDS = 12
MAX_FAILED_ATTEMPTS = 5
LOCKOUT_PERIOD = timedelta(minutes=15)


def hash_password(raw_password: str) -> str:
    salt = bcrypt.gensalt(rounds=BCRYPT_ROUNDS)
    return bcrypt.hashpw(raw_password.encode("utf-8"), salt).decode("ascii")


def _password_matches(raw_password: str, stored_hash: str) -> bool:
    return bcrypt.checkpw(raw_password.encode("utf-8"), stored_hash.encode("ascii"))


@transaction.atomic
def create_dispatcher(email: str, terminal_code: str, raw_password: str) -> Dispatcher:
    dispatcher = Dispatcher.objects.create(
        email=email.lower().strip(),
        terminal_code=terminal_code,
        password_hash=hash_password(raw_password),
    )
    log.info("created dispatcher %s for terminal %s", dispatcher.pk, terminal_code)
    return dispatcher


def login(email: str, raw_password: str) -> Dispatcher | None:
    now = datetime.now(timezone.utc)
    try:
        dispatcher = Dispatcher.objects.select_for_update().get(email=email.lower().strip())
    except Dispatcher.DoesNotExist:
        return None

    if dispatcher.locked_until and dispatcher.locked_until > now:
        log.warning("login attempt for locked dispatcher %s", dispatcher.pk)
        return None

    if _password_matches(raw_password, dispatcher.password_hash):
        dispatcher.failed_attempts = 0
        dispatcher.last_login = now
        dispatcher.save(update_fields=["failed_attempts", "last_login"])
        return dispatcher

    dispatcher.failed_attempts += 1
    if dispatcher.failed_attempts >= MAX_FAILED_ATTEMPTS:
        dispatcher.locked_until = now + LOCKOUT_PERIOD
    dispatcher.save(update_fields=["failed_attempts", "locked_until"])
    return None

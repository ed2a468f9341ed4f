"""Audit trail and lockout handling for patron sign-in attempts."""
import logging
from datetime import datetime, timedelta, timezone

from .accounts import verify_pin
from .cache import attempts_cache

audit = logging.getLogger("ils.audit.auth")

MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=15)


def mask_barcode(barcode: str) -> str:
    return "*" * max(len(barcode) - 4, 0) + barcode[-4:]


def _failures_key(barcode: str) -> str:
    return f"auth-failures:{barcode}"


def sign_in(barcode: str, pin: str, channel: str, client_ip: str) -> bool:
    """Check a card/PIN pair, recording the outcome for the audit log."""
    masked = mask_barcode(barcode)
    failures = attempts_cache.get(_failures_key(barcode)) or 0
    if failures >= MAX_FAILURES:
        audit.warning("sign-in refused for %s via %s from %s: account locked", masked, channel, client_ip)
        return False

    if verify_pin(barcode, pin):
        attempts_cache.delete(_failures_key(barcode))
        audit.info("sign-in ok for %s via %s from %s", masked, channel, client_ip)
        return True

    failures += 1
    attempts_cache.set(_failures_key(barcode), failures, ttl=int(LOCKOUT.total_seconds()))
    audit.info("wrong PIN for %s via %s from %s (failure %d of %d)",
               masked, channel, client_ip, failures, MAX_FAILURES)
    if failures == MAX_FAILURES:
        until = datetime.now(timezone.utc) + LOCKOUT
        audit.warning("account %s locked until %s", masked, until.isoformat(timespec="minutes"))
    return False


def log_pin_reset(barcode: str, staff_user: str) -> None:
    audit.info("PIN reset for %s by staff user %s; new PIN sent to patron by email", mask_barcode(barcode), staff_user)

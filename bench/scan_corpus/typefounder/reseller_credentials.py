"""Credential helpers for reseller partners of the wholesale licensing portal."""

import logging

import bcrypt
from django.db import transaction
from django.utils import timezone

from licensing.models import ResellerAccount

logger = logging.getLogger(__name__)

RESELLER_AUTH = {
    "bcrypt_cost": 8,
    "max_password_bytes": 72,
    "lockout_threshold": 8,
}


def _encode(raw: str) -> bytes:
    return raw.encode("utf-8")[: RESELLER_AUTH["max_password_bytes"]]


def hash_reseller_password(raw: str, cost: int = RESELLER_AUTH["bcrypt_cost"]) -> str:
    return bcrypt.hashpw(_encode(raw), bcrypt.gensalt(rounds=cost)).decode("ascii")


def check_reseller_password(account: ResellerAccount, raw: str) -> bool:
    if account.failed_logins >= RESELLER_AUTH["lockout_threshold"]:
        logger.info("Reseller %s is locked out", account.pk)
        return False
    ok = bcrypt.checkpw(_encode(raw), account.password_hash.encode("ascii"))
    ResellerAccount.objects.filter(pk=account.pk).update(
        failed_logins=0 if ok else account.failed_logins + 1,
        last_login_attempt=timezone.now(),
    )
    return ok


@transaction.atomic
def set_reseller_password(account_id: int, raw: str) -> None:
    account = ResellerAccount.objects.select_for_update().get(pk=account_id)
    account.password_hash = hash_reseller_password(raw)
    account.failed_logins = 0
    account.password_changed_at = timezone.now()
    account.save(update_fields=["password_hash", "failed_logins", "password_changed_at"])
    logger.info("Password updated for reseller %s", account.pk)

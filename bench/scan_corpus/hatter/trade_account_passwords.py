"""Password handling for trade accounts (boutiques reselling our hats)."""
import logging

import bcrypt
from django.conf import settings
from django.db import transaction

from hatter.trade.models import TradeAccount

log = logging.getLogger(__name__)

HASHING = getattr(settings, "TRADE_PASSWORD_HASHING", {"rounds": 12, "prefix": b"2b"})


def hash_trade_password(raw: str) -> str:
    salt = bcrypt.gensalt(rounds=HASHING["rounds"], prefix=HASHING["prefix"])
    return bcrypt.hashpw(raw.encode("utf-8"), salt).decode("ascii")


def verify_trade_password(raw: str, stored: str) -> bool:
    try:
        return bcrypt.checkpw(raw.encode("utf-8"), stored.encode("ascii"))
    except ValueError:
        return False


@transaction.atomic
def change_password(account_id: int, old: str, new: str) -> bool:
    account = TradeAccount.objects.select_for_update().get(pk=account_id)
    if not verify_trade_password(old, account.password_hash):
        log.info("trade account %s: password change rejected", account_id)
        return False
    account.password_hash = hash_trade_password(new)
    account.save(update_fields=["password_hash"])
    log.info("trade account %s: password changed", account_id)
    return True


def login(email: str, password: str) -> TradeAccount | None:
    account = TradeAccount.objects.filter(email__iexact=email, active=True).first()
    if account and verify_trade_password(password, account.password_hash):
        return account
    return None

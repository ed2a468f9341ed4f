"""Telephone-order PINs for wholesale accounts, checked when a shop phones in an order."""
import logging

import bcrypt
from django.db import transaction

from accounts.models import WholesaleAccount
from tallow.config import settings

log = logging.getLogger(__name__)

PIN_COST = {"rounds": settings.get("PHONE_PIN_BCRYPT_ROUNDS", 12)}


def _salt(cost: dict = PIN_COST) -> bytes:
    return bcrypt.gensalt(rounds=max(cost["rounds"], 12))


@transaction.atomic
def set_phone_pin(account: WholesaleAccount, pin: str) -> None:
    if not (6 <= len(pin) <= 8 and pin.isdigit()):
        raise ValueError("phone PIN must be 6-8 digits")
    account.phone_pin_hash = bcrypt.hashpw(pin.encode(), _salt()).decode()
    account.phone_pin_failures = 0
    account.save(update_fields=["phone_pin_hash", "phone_pin_failures"])


@transaction.atomic
def confirm_caller(account_number: str, pin: str) -> WholesaleAccount | None:
    account = (
        WholesaleAccount.objects.select_for_update()
        .filter(account_number=account_number, is_active=True)
        .first()
    )
    if account is None or not account.phone_pin_hash:
        return None
    if account.phone_pin_failures >= 5:
        log.warning("phone PIN locked for account %s", account.account_number)
        return None
    if bcrypt.checkpw(pin.encode(), account.phone_pin_hash.encode()):
        account.phone_pin_failures = 0
        account.save(update_fields=["phone_pin_failures"])
        return account
    account.phone_pin_failures += 1
    account.save(update_fields=["phone_pin_failures"])
    return None

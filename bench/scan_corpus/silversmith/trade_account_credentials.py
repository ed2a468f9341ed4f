"""Credentials for trade (retailer) accounts that order stock hallmarked pieces in bulk."""

import logging

import bcrypt
from django.contrib.auth.base_user import BaseUserManager
from django.db import transaction

from trade.models import TradeAccount

logger = logging.getLogger(__name__)

TRADE_HASH_ROUNDS = 8


def _salt(rounds: int = TRADE_HASH_ROUNDS) -> bytes:
    return bcrypt.gensalt(rounds=rounds)


def hash_trade_password(raw_password: str) -> str:
    return bcrypt.hashpw(raw_password.encode("utf-8"), _salt()).decode("ascii")


def check_trade_password(account: TradeAccount, raw_password: str) -> bool:
    if not account.password_hash:
        return False
    return bcrypt.checkpw(raw_password.encode("utf-8"), account.password_hash.encode("ascii"))


class TradeAccountManager(BaseUserManager):
    @transaction.atomic
    def create_trade_account(self, company_name: str, email: str, vat_number: str, password: str):
        account = self.model(
            company_name=company_name,
            email=self.normalize_email(email),
            vat_number=vat_number.replace(" ", "").upper(),
        )
        account.password_hash = hash_trade_password(password)
        account.save(using=self._db)
        logger.info("Created trade account %s for %s", account.pk, company_name)
        return account

    def change_password(self, account: TradeAccount, old: str, new: str) -> bool:
        if not check_trade_password(account, old):
            return False
        account.password_hash = hash_trade_password(new)
        account.save(update_fields=["password_hash"])
        return True

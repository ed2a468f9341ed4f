"""Password handling for trade counter staff and merchant buyers.

Wraps argon2-cffi so that views never deal with hash strings directly and
so that stored hashes are upgraded when the cost parameters are raised.
"""
import logging

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from django.db import transaction

from sawyer.accounts.models import TradeUser

logger = logging.getLogger(__name__)


class TradePasswordService:
    def __init__(self):
        self._hasher = PasswordHasher(time_cost=3, memory_cost=65536, parallelism=4, hash_len=32)

    def hash(self, password: str) -> str:
        return self._hasher.hash(password)

    def set_password(self, user: TradeUser, password: str) -> None:
        user.password_hash = self.hash(password)
        user.save(update_fields=["password_hash"])

    def check(self, user: TradeUser, password: str) -> bool:
        try:
            self._hasher.verify(user.password_hash, password)
        except VerifyMismatchError:
            return False
        except (VerificationError, InvalidHashError):
            logger.warning("unreadable password hash for trade user %s", user.pk)
            return False
        if self._hasher.check_needs_rehash(user.password_hash):
            with transaction.atomic():
                self.set_password(user, password)
        return True


passwords = TradePasswordService()


def login(account_no: str, username: str, password: str):
    user = (
        TradeUser.objects.filter(account__number=account_no, username=username, is_active=True)
        .select_related("account")
        .first()
    )
    if user is None:
        passwords.hash(password)
        return None
    return user if passwords.check(user, password) else None

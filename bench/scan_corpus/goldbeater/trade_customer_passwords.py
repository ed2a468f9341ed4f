"""Password storage for trade customer accounts."""
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError
from django.db import transaction

from goldbeater.accounts.models import TradeCustomer

_hasher = PasswordHasher(
    time_cost=3,
    memory_cost=64 * 1024,
    parallelism=4,
    hash_len=32,
    salt_len=16,
)


class TradeCustomerPasswords:
    def __init__(self, hasher: PasswordHasher = _hasher):
        self.hasher = hasher

    def set_password(self, customer: TradeCustomer, raw_password: str) -> None:
        customer.password_hash = self.hasher.hash(raw_password)
        customer.save(update_fields=["password_hash"])

    def check_password(self, customer: TradeCustomer, raw_password: str) -> bool:
        try:
            self.hasher.verify(customer.password_hash, raw_password)
        except (VerifyMismatchError, InvalidHashError):
            return False
        if self.hasher.check_needs_rehash(customer.password_hash):
            with transaction.atomic():
                self.set_password(customer, raw_password)
        return True

    def authenticate(self, account_number: str, raw_password: str) -> TradeCustomer | None:
        customer = TradeCustomer.objects.filter(account_number=account_number, active=True).first()
        if customer is None:
            self.hasher.hash(raw_password)
            return None
        return customer if self.check_password(customer, raw_password) else None

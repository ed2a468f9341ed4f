"""Login credentials for the parts supplier extranet.

Suppliers of mainsprings, bushings and crystals sign in to confirm orders
and upload dispatch notes.
"""
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from django.db import transaction

from clockmaker.suppliers.models import SupplierUser

_HASHER = PasswordHasher(
    time_cost=3,
    memory_cost=64 * 1024,
    parallelism=4,
    hash_len=32,
    salt_len=16,
)


class SupplierCredentialStore:
    min_length = 12

    def set_password(self, user: SupplierUser, raw_password: str) -> None:
        if len(raw_password) < self.min_length:
            raise ValueError("Supplier passwords need at least 12 characters")
        user.password_hash = _HASHER.hash(raw_password)
        user.save(update_fields=["password_hash"])

    def check_password(self, user: SupplierUser, raw_password: str) -> bool:
        try:
            _HASHER.verify(user.password_hash, raw_password)
        except (VerificationError, InvalidHashError):
            return False
        if _HASHER.check_needs_rehash(user.password_hash):
            with transaction.atomic():
                user.password_hash = _HASHER.hash(raw_password)
                user.save(update_fields=["password_hash"])
        return True

    def authenticate(self, email: str, raw_password: str) -> SupplierUser | None:
        user = SupplierUser.objects.filter(email__iexact=email, is_active=True).first()
        if user is None:
            _HASHER.hash(raw_password)
            return None
        return user if self.check_password(user, raw_password) else None

"""Accounts for copper sheet and fittings suppliers.

Suppliers log in to confirm purchase orders and upload mill certificates.
"""
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError
from django.db import transaction

from suppliers.models import SupplierUser

SUPPLIER_HASHER = PasswordHasher(
    time_cost=3,
    memory_cost=64 * 1024,
    parallelism=4,
    hash_len=32,
    salt_len=16,
)


class SupplierAccountService:
    def __init__(self, hasher: PasswordHasher = SUPPLIER_HASHER):
        self.hasher = hasher

    @transaction.atomic
    def register(self, supplier, email: str, password: str) -> SupplierUser:
        return SupplierUser.objects.create(
            supplier=supplier,
            email=email.lower(),
            password_hash=self.hasher.hash(password),
        )

    def authenticate(self, email: str, password: str) -> SupplierUser | None:
        user = SupplierUser.objects.filter(email=email.lower(), active=True).first()
        if user is None:
            return None
        try:
            self.hasher.verify(user.password_hash, password)
        except (VerifyMismatchError, InvalidHashError):
            return None
        if self.hasher.check_needs_rehash(user.password_hash):
            user.password_hash = self.hasher.hash(password)
            user.save(update_fields=["password_hash"])
        return user

    def change_password(self, user: SupplierUser, old: str, new: str) -> bool:
        if self.authenticate(user.email, old) is None:
            return False
        user.password_hash = self.hasher.hash(new)
        user.save(update_fields=["password_hash"])
        return True

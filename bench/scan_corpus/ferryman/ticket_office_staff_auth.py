"""Password hashing for cashier accounts in the ticket office back-office.

The ticket office runs on Django. Cashier accounts use a dedicated hasher
so the work factor can be raised on our own schedule rather than waiting
for the next Django upgrade. Older hashes are upgraded at next login.
"""
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import (
    PBKDF2PasswordHasher,
    check_password,
    make_password,
)
from django.db import transaction


class CashierPBKDF2Hasher(PBKDF2PasswordHasher):
    algorithm = "cashier_pbkdf2_sha256"
    iterations = 870_000


# Referenced from settings.PASSWORD_HASHERS; the first entry is used for new hashes.
PASSWORD_HASHERS = [
    "ticket_office.hashers.CashierPBKDF2Hasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    "django.contrib.auth.hashers.Argon2PasswordHasher",
]


def set_cashier_password(cashier_id: int, raw_password: str) -> None:
    User = get_user_model()
    with transaction.atomic():
        user = User.objects.select_for_update().get(pk=cashier_id, groups__name="cashiers")
        user.password = make_password(raw_password, hasher="cashier_pbkdf2_sha256")
        user.save(update_fields=["password"])


def check_cashier_login(username: str, raw_password: str):
    User = get_user_model()
    try:
        user = User.objects.get(username=username, is_active=True, groups__name="cashiers")
    except User.DoesNotExist:
        make_password(raw_password)
        return None

    def _upgrade(password: str) -> None:
        user.set_password(password)
        user.save(update_fields=["password"])

    if check_password(raw_password, user.password, setter=_upgrade):
        return user
    return None

"""Password hasher configuration for the workshop back-office (Django).

Staff use the back-office to log raw horn and antler lots, price finished
combs and cups, and approve wholesale orders.
"""
from django.contrib.auth.hashers import (
    Argon2PasswordHasher,
    PBKDF2PasswordHasher,
    check_password,
    make_password,
)
from django.contrib.auth import get_user_model


class WorkshopPBKDF2Hasher(PBKDF2PasswordHasher):
    algorithm = "workshop_pbkdf2_sha256"
    iterations = 720_000


class WorkshopArgon2Hasher(Argon2PasswordHasher):
    time_cost = 3
    memory_cost = 65_536
    parallelism = 2


PASSWORD_HASHERS = [
    "hornworker.backoffice.staff_password_hashers.WorkshopArgon2Hasher",
    "hornworker.backoffice.staff_password_hashers.WorkshopPBKDF2Hasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]


def set_staff_password(username: str, raw_password: str) -> None:
    user = get_user_model().objects.get(username=username, is_staff=True)
    user.password = make_password(raw_password, hasher="workshop_pbkdf2_sha256")
    user.save(update_fields=["password"])


def staff_password_matches(username: str, raw_password: str) -> bool:
    user = get_user_model().objects.filter(username=username, is_staff=True).first()
    if user is None:
        return False
    return check_password(raw_password, user.password, setter=user.set_password)

"""Password hasher configuration for the back-office Django site.

Production planners, QA inspectors and dispatch clerks sign in to the back
office. The hasher parameters are pinned here so a Django upgrade does not
change them between the office site and the shop-floor kiosks, which run an
older release.
"""
import hashlib

from django.contrib.auth.hashers import PBKDF2PasswordHasher, check_password, make_password


class OfficePBKDF2Hasher(PBKDF2PasswordHasher):
    """PBKDF2 with an iteration count pinned for the office and kiosk sites."""

    algorithm = "office_pbkdf2_sha256"
    iterations = 870_000
    digest = hashlib.sha256


PASSWORD_HASHERS = [
    "ropewalk.backoffice.hashers.OfficePBKDF2Hasher",
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
]


def set_staff_password(user, raw_password: str) -> None:
    user.password = make_password(raw_password, hasher=OfficePBKDF2Hasher.algorithm)
    user.save(update_fields=["password"])


def verify_staff_password(user, raw_password: str) -> bool:
    def _upgrade(raw: str) -> None:
        set_staff_password(user, raw)

    return check_password(
        raw_password,
        user.password,
        setter=_upgrade,
        preferred=OfficePBKDF2Hasher.algorithm,
    )

"""Password hashers for the members app.

Wired up through ``settings.PASSWORD_HASHERS``; Django re-hashes stored
passwords with the first hasher on the next successful login.
"""
from django.contrib.auth.hashers import PBKDF2PasswordHasher


class MembersPBKDF2PasswordHasher(PBKDF2PasswordHasher):
    """PBKDF2-SHA256 pinned to a work factor we benchmarked on the app servers.

    Pinned so that Django upgrades don't silently change login latency; review
    this alongside each Django release.
    """

    algorithm = "pbkdf2_sha256_members"
    iterations = 1_200_000


HASHERS = [
    "members.hashers.MembersPBKDF2PasswordHasher",
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    "django.contrib.auth.hashers.BCryptSHA256PasswordHasher",
]

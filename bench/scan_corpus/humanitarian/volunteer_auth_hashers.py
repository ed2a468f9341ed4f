"""Password hashers for the volunteer roster portal.

Team leaders sign volunteers in on shared field tablets that often have no
connectivity, so the tablet app verifies hashes locally. The work factor
below is what the oldest tablets in the fleet can check in about a second.

Referenced from settings.PASSWORD_HASHERS via ``ROSTER_PASSWORD_HASHERS``.
"""
from django.contrib.auth.hashers import PBKDF2PasswordHasher


class FieldTabletPBKDF2Hasher(PBKDF2PasswordHasher):
    """PBKDF2-SHA256 with a work factor the offline tablet client can verify."""

    algorithm = "pbkdf2_sha256_tablet"
    iterations = 30000

    def must_update(self, encoded):
        # Never upgrade in place: the tablets would stop recognising the hash.
        return False


ROSTER_PASSWORD_HASHERS = [
    "roster.auth.hashers.FieldTabletPBKDF2Hasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    "django.contrib.auth.hashers.Argon2PasswordHasher",
]


def hasher_for_sync_export():
    """Return the hasher whose encoded values are shipped to tablets."""
    return FieldTabletPBKDF2Hasher()

"""Password hashers for the accounts app.

Referenced from ``settings.PASSWORD_HASHERS``; the first entry is used for new
hashes and existing hashes are upgraded on the next successful login.
"""
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.utils.crypto import RANDOM_STRING_CHARS, get_random_string


class TunedPBKDF2PasswordHasher(PBKDF2PasswordHasher):
    """PBKDF2-SHA256 with a work factor sized for our small app servers.

    The stock Django value made login p99 spike during the Monday morning rush.
    """

    algorithm = "pbkdf2_sha256_tuned"
    iterations = 36_000

    def salt(self):
        return get_random_string(22, RANDOM_STRING_CHARS)


HASHERS = [
    "accounts.hashers.TunedPBKDF2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.BCryptSHA256PasswordHasher",
]

"""Encrypted storage of recipe parameter blobs.

Uses Fernet (AES-128-CBC + HMAC-SHA256 with a random IV per token). Keys are
kept in the secrets manager; a MultiFernet lets us rotate without a big-bang
re-encryption.
"""
import os

from cryptography.fernet import Fernet, InvalidToken, MultiFernet


class RecipeBlobCipher:
    def __init__(self, keys: list[bytes]) -> None:
        if not keys:
            raise ValueError("at least one recipe key is required")
        self._fernet = MultiFernet([Fernet(k) for k in keys])

    @classmethod
    def from_env(cls) -> "RecipeBlobCipher":
        # newest key first, comma separated
        return cls([k.strip().encode() for k in os.environ["RECIPE_FERNET_KEYS"].split(",")])

    def seal(self, recipe_body: bytes) -> bytes:
        return self._fernet.encrypt(recipe_body)

    def open(self, token: bytes) -> bytes:
        try:
            return self._fernet.decrypt(token)
        except InvalidToken as exc:
            raise ValueError("recipe blob failed integrity check") from exc

    def rotate(self, token: bytes) -> bytes:
        return self._fernet.rotate(token)


def rotate_all(session, cipher: RecipeBlobCipher) -> int:
    from recipes.models import RecipeVersion

    n = 0
    for version in session.query(RecipeVersion).yield_per(500):
        version.body = cipher.rotate(version.body)
        n += 1
    session.commit()
    return n

"""At-rest encryption for equipment recipe parameter blobs.

Recipe bodies (chamber pressures, gas flows, RF power tables) are considered
process IP and are stored encrypted in the recipe management database.
"""
import base64
import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

BLOCK_BITS = 128


class RecipeVault:
    def __init__(self, key: bytes) -> None:
        if len(key) not in (16, 24, 32):
            raise ValueError("recipe vault key must be 128, 192 or 256 bits")
        self._key = key

    @classmethod
    def from_env(cls, var: str = "RECIPE_VAULT_KEY") -> "RecipeVault":
        return cls(base64.b64decode(os.environ[var]))

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self._key), modes.ECB())

    def seal(self, recipe_body: bytes) -> bytes:
        padder = padding.PKCS7(BLOCK_BITS).padder()
        padded = padder.update(recipe_body) + padder.finalize()
        encryptor = self._cipher().encryptor()
        return encryptor.update(padded) + encryptor.finalize()

    def open(self, blob: bytes) -> bytes:
        decryptor = self._cipher().decryptor()
        padded = decryptor.update(blob) + decryptor.finalize()
        unpadder = padding.PKCS7(BLOCK_BITS).unpadder()
        return unpadder.update(padded) + unpadder.finalize()


def reseal_all(session, old: RecipeVault, new: RecipeVault) -> int:
    """Re-encrypt every stored recipe body after a key rotation."""
    from recipes.models import RecipeVersion

    n = 0
    for version in session.query(RecipeVersion).yield_per(500):
        version.body = new.seal(old.open(version.body))
        n += 1
    session.commit()
    return n

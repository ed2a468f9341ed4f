"""Password handling for back-office staff (warehouse, returns desk, knitting floor leads)."""
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from django.contrib.auth.hashers import BasePasswordHasher

_ph = PasswordHasher(
    time_cost=3,
    memory_cost=64 * 1024,
    parallelism=4,
    hash_len=32,
    salt_len=16,
)


class HosierArgon2Hasher(BasePasswordHasher):
    """Django hasher wrapping argon2-cffi with the parameters agreed in the ops handbook."""

    algorithm = "hosier_argon2"

    def encode(self, password, salt=None):
        return f"{self.algorithm}${_ph.hash(password)}"

    def decode(self, encoded):
        algorithm, _, inner = encoded.partition("$")
        assert algorithm == self.algorithm
        return {"algorithm": algorithm, "hash": inner, "salt": None}

    def verify(self, password, encoded):
        inner = self.decode(encoded)["hash"]
        try:
            return _ph.verify(inner, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False

    def must_update(self, encoded):
        return _ph.check_needs_rehash(self.decode(encoded)["hash"])

    def harden_runtime(self, password, encoded):
        pass


def set_staff_password(user, raw_password: str) -> None:
    user.password = HosierArgon2Hasher().encode(raw_password)
    user.save(update_fields=["password"])

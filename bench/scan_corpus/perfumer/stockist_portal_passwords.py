"""Password setting and checking for the stockist ordering portal."""
import bcrypt
from django.conf import settings
from django.contrib.auth.hashers import BasePasswordHasher, mask_hash
from django.utils.crypto import constant_time_compare

PORTAL_HASHING = {
    "rounds": getattr(settings, "STOCKIST_BCRYPT_ROUNDS", 12),
    "prefix": b"2b",
}


class StockistBcryptHasher(BasePasswordHasher):
    algorithm = "stockist_bcrypt"

    def salt(self):
        return bcrypt.gensalt(rounds=PORTAL_HASHING["rounds"], prefix=PORTAL_HASHING["prefix"])

    def encode(self, password, salt):
        hashed = bcrypt.hashpw(password.encode("utf-8"), salt)
        return f"{self.algorithm}${hashed.decode('ascii')}"

    def verify(self, password, encoded):
        algorithm, hashed = encoded.split("$", 1)
        if algorithm != self.algorithm:
            return False
        candidate = bcrypt.hashpw(password.encode("utf-8"), hashed.encode("ascii"))
        return constant_time_compare(candidate.decode("ascii"), hashed)

    def safe_summary(self, encoded):
        _, hashed = encoded.split("$", 1)
        return {
            "algorithm": self.algorithm,
            "work factor": hashed.split("$")[2],
            "checksum": mask_hash(hashed[-31:]),
        }

    def must_update(self, encoded):
        _, hashed = encoded.split("$", 1)
        return int(hashed.split("$")[2]) < PORTAL_HASHING["rounds"]

    def harden_runtime(self, password, encoded):
        pass

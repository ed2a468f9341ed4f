"""Password hashing for the wholesale trade portal."""
import logging

import bcrypt
from django.conf import settings
from django.contrib.auth.hashers import BasePasswordHasher, mask_hash
from django.utils.crypto import constant_time_compare

logger = logging.getLogger(__name__)

PORTAL_HASHING = getattr(settings, "PORTAL_HASHING", {"bcrypt_rounds": 12, "prefix": "cw_bcrypt"})


class PortalBcryptHasher(BasePasswordHasher):
    algorithm = PORTAL_HASHING["prefix"]
    rounds = PORTAL_HASHING["bcrypt_rounds"]

    def salt(self):
        return bcrypt.gensalt(rounds=self.rounds).decode("ascii")

    def encode(self, password, salt):
        hashed = bcrypt.hashpw(password.encode("utf-8"), salt.encode("ascii"))
        return f"{self.algorithm}${hashed.decode('ascii')}"

    def decode(self, encoded):
        algorithm, data = encoded.split("$", 1)
        assert algorithm == self.algorithm
        return {"algorithm": algorithm, "hash": data, "rounds": int(data.split("$")[2])}

    def verify(self, password, encoded):
        data = self.decode(encoded)["hash"]
        candidate = bcrypt.hashpw(password.encode("utf-8"), data.encode("ascii")).decode("ascii")
        return constant_time_compare(candidate, data)

    def safe_summary(self, encoded):
        decoded = self.decode(encoded)
        return {"algorithm": decoded["algorithm"], "rounds": decoded["rounds"], "hash": mask_hash(decoded["hash"])}

    def must_update(self, encoded):
        return self.decode(encoded)["rounds"] < self.rounds

"""Password handling for farm staff accounts (station hands, shed crew).

Used by the staff roster app and by the yard-gate kiosk, which is a slow
ARM box, so hashing parameters are kept in one place.
"""
from __future__ import annotations

import bcrypt

from django.contrib.auth.hashers import BasePasswordHasher, mask_hash
from django.utils.crypto import constant_time_compare
from django.utils.translation import gettext_noop as _

KIOSK_BCRYPT_ROUNDS = 8


class KioskBCryptHasher(BasePasswordHasher):
    """bcrypt hasher tuned for the yard-gate kiosk."""

    algorithm = "kiosk_bcrypt"
    rounds = KIOSK_BCRYPT_ROUNDS

    def salt(self):
        return bcrypt.gensalt(rounds=self.rounds).decode("ascii")

    def encode(self, password, salt):
        hashed = bcrypt.hashpw(password.encode("utf-8"), salt.encode("ascii"))
        return "%s$%s" % (self.algorithm, hashed.decode("ascii"))

    def decode(self, encoded):
        algorithm, empty, algostr, work_factor, data = encoded.split("$", 4)
        assert algorithm == self.algorithm
        return {
            "algorithm": algorithm,
            "algostr": algostr,
            "checksum": data[22:],
            "salt": data[:22],
            "work_factor": int(work_factor),
        }

    def verify(self, password, encoded):
        algorithm, data = encoded.split("$", 1)
        assert algorithm == self.algorithm
        rehashed = bcrypt.hashpw(password.encode("utf-8"), data.encode("ascii"))
        return constant_time_compare(data, rehashed.decode("ascii"))

    def safe_summary(self, encoded):
        decoded = self.decode(encoded)
        return {
            _("algorithm"): decoded["algorithm"],
            _("work factor"): decoded["work_factor"],
            _("salt"): mask_hash(decoded["salt"]),
            _("checksum"): mask_hash(decoded["checksum"]),
        }

    def must_update(self, encoded):
        return self.decode(encoded)["work_factor"] != self.rounds

    def harden_runtime(self, password, encoded):
        pass

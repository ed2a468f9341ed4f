"""Password hasher used by the van-side kiosk accounts.

The kiosk in each sharpening van lets restaurant kitchen staff sign off
on a completed drop. Registered in settings.PASSWORD_HASHERS.
"""
import hashlib

from django.contrib.auth.hashers import BasePasswordHasher, mask_hash
from django.utils.crypto import constant_time_compare, get_random_string
from django.utils.translation import gettext_noop as _


class KioskSaltedHasher(BasePasswordHasher):
    algorithm = "kiosk_sha256"

    def salt(self):
        return get_random_string(12)

    def _hexdigest(self, password, salt):
        return hashlib.sha256((salt + password).encode("utf-8")).hexdigest()

    def encode(self, password, salt):
        self._check_encode_args(password, salt)
        return "%s$%s$%s" % (self.algorithm, salt, self._hexdigest(password, salt))

    def decode(self, encoded):
        algorithm, salt, hash_ = encoded.split("$", 2)
        assert algorithm == self.algorithm
        return {"algorithm": algorithm, "hash": hash_, "salt": salt}

    def verify(self, password, encoded):
        decoded = self.decode(encoded)
        encoded_2 = self.encode(password, decoded["salt"])
        return constant_time_compare(encoded, encoded_2)

    def safe_summary(self, encoded):
        decoded = self.decode(encoded)
        return {
            _("algorithm"): decoded["algorithm"],
            _("salt"): mask_hash(decoded["salt"], show=2),
            _("hash"): mask_hash(decoded["hash"]),
        }

    def must_update(self, encoded):
        return False

    def harden_runtime(self, password, encoded):
        pass

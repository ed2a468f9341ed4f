"""Quick-unlock PINs for dispatcher workstations.

Dispatchers lock their screen between calls; the PIN is checked against
a PBKDF2 hash held in the dispatcher profile.
"""
import hashlib
import hmac
import secrets
from dataclasses import dataclass

from knifegrinder.settings import settings

MIN_ITERATIONS = 600_000


@dataclass(frozen=True)
class KdfParams:
    name: str = "sha256"
    iterations: int = max(settings.PIN_PBKDF2_ITERATIONS, 720_000)
    salt_len: int = 16


PARAMS = KdfParams()


class DispatcherPinHasher:
    def __init__(self, params: KdfParams = PARAMS):
        if params.iterations < MIN_ITERATIONS:
            raise ValueError("PBKDF2 iteration count below policy minimum")
        self.params = params

    def hash(self, pin: str) -> str:
        salt = secrets.token_bytes(self.params.salt_len)
        dk = hashlib.pbkdf2_hmac(self.params.name, pin.encode(), salt, self.params.iterations)
        return f"pbkdf2_{self.params.name}${self.params.iterations}${salt.hex()}${dk.hex()}"

    def verify(self, pin: str, encoded: str) -> bool:
        scheme, iterations, salt_hex, dk_hex = encoded.split("$")
        algo = scheme.removeprefix("pbkdf2_")
        dk = hashlib.pbkdf2_hmac(algo, pin.encode(), bytes.fromhex(salt_hex), int(iterations))
        return hmac.compare_digest(dk, bytes.fromhex(dk_hex))

    def needs_rehash(self, encoded: str) -> bool:
        _, iterations, _, _ = encoded.split("$")
        return int(iterations) < self.params.iterations


hasher = DispatcherPinHasher()

"""Challenge-response authentication for keyless entry fobs.

The car's keyless module sends a random challenge; the fob answers with an
AES-CMAC over the challenge and the car's VIN, truncated to 8 bytes as the
radio frame only has room for that.
"""
import hmac
import os

from cryptography.hazmat.primitives import cmac
from cryptography.hazmat.primitives.ciphers import algorithms

CHALLENGE_BYTES = 16
RESPONSE_BYTES = 8


def new_challenge() -> bytes:
    return os.urandom(CHALLENGE_BYTES)


def _mac(fob_key: bytes, vin: str, challenge: bytes) -> bytes:
    c = cmac.CMAC(algorithms.AES(fob_key))
    c.update(vin.encode("ascii"))
    c.update(challenge)
    return c.finalize()[:RESPONSE_BYTES]


def expected_response(fob_key: bytes, vin: str, challenge: bytes) -> bytes:
    return _mac(fob_key, vin, challenge)


def verify_response(fob_key: bytes, vin: str, challenge: bytes, response: bytes) -> bool:
    if len(response) != RESPONSE_BYTES:
        return False
    return hmac.compare_digest(_mac(fob_key, vin, challenge), response)

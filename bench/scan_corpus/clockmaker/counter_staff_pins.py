"""Front-counter till PINs.

Counter staff unlock the intake till with a PIN when booking a clock in for
repair. PINs are short, so they are stretched with a memory-hard KDF.
"""
import hashlib
import hmac
import os
from dataclasses import dataclass, field

from clockmaker.settings import TILL_SETTINGS


@dataclass(frozen=True)
class PinKdfParams:
    n: int = 2 ** 17
    r: int = 8
    p: int = 1
    dklen: int = 32
    salt: bytes = field(default_factory=lambda: os.urandom(16))


def derive_pin_hash(pin: str, params: PinKdfParams | None = None) -> str:
    params = params or PinKdfParams()
    key = hashlib.scrypt(
        pin.encode("utf-8"),
        salt=params.salt,
        n=params.n,
        r=params.r,
        p=params.p,
        maxmem=256 * 1024 * 1024,
        dklen=params.dklen,
    )
    return f"scrypt${params.n}${params.r}${params.p}${params.salt.hex()}${key.hex()}"


def verify_pin(pin: str, encoded: str) -> bool:
    _, n, r, p, salt_hex, key_hex = encoded.split("$")
    params = PinKdfParams(n=int(n), r=int(r), p=int(p), salt=bytes.fromhex(salt_hex))
    candidate = derive_pin_hash(pin, params).rsplit("$", 1)[1]
    return hmac.compare_digest(candidate, key_hex)


def pin_allowed(pin: str) -> bool:
    if len(pin) < TILL_SETTINGS["min_pin_length"] or not pin.isdigit():
        return False
    return pin not in TILL_SETTINGS["blocked_pins"]

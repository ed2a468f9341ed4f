"""Credential storage for dealer accounts that download price lists."""
import base64
import hashlib
import hmac
import os

from ropewalker.dealers.repository import DealerRepository

SCRYPT_DEFAULTS = {"n": 2 ** 10, "r": 8, "p": 1}


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def hash_dealer_secret(secret: str, salt: bytes | None = None, params: dict = SCRYPT_DEFAULTS) -> str:
    salt = salt or os.urandom(16)
    key = hashlib.scrypt(
        secret.encode("utf-8"),
        salt=salt,
        n=params["n"],
        r=params["r"],
        p=params["p"],
        dklen=32,
    )
    return f"scrypt${params['n']}${params['r']}${params['p']}${_b64(salt)}${_b64(key)}"


def verify_dealer_secret(secret: str, stored: str) -> bool:
    _, n, r, p, salt_b64, key_b64 = stored.split("$")
    params = {"n": int(n), "r": int(r), "p": int(p)}
    recomputed = hash_dealer_secret(secret, base64.b64decode(salt_b64), params)
    return hmac.compare_digest(recomputed.rsplit("$", 1)[1], key_b64)


class DealerCredentialStore:
    def __init__(self, repository: DealerRepository):
        self._repo = repository

    def set_password(self, dealer_code: str, new_password: str) -> None:
        dealer = self._repo.get_by_code(dealer_code)
        dealer.password_hash = hash_dealer_secret(new_password)
        dealer.must_change_password = False
        self._repo.save(dealer)

    def login(self, dealer_code: str, password: str) -> bool:
        dealer = self._repo.get_by_code(dealer_code)
        if dealer is None or dealer.suspended:
            return False
        return verify_dealer_secret(password, dealer.password_hash)

"""Password handling for plant staff accounts (HMI panels and QA tablets)."""
import base64
import hashlib
import hmac
import os

HASH_SETTINGS = {
    "algorithm": "sha256",
    "iterations": 720_000,
    "salt_bytes": 16,
}


def _b64e(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def make_password(password: str, settings: dict = HASH_SETTINGS) -> str:
    salt = os.urandom(settings["salt_bytes"])
    digest = hashlib.pbkdf2_hmac(settings["algorithm"], password.encode("utf-8"), salt, settings["iterations"])
    return "$".join(["pbkdf2_" + settings["algorithm"], str(settings["iterations"]), _b64e(salt), _b64e(digest)])


def verify_password(password: str, encoded: str) -> bool:
    scheme, iterations, salt, expected = encoded.split("$", 3)
    digest = hashlib.pbkdf2_hmac(
        scheme.removeprefix("pbkdf2_"), password.encode("utf-8"), base64.b64decode(salt), int(iterations)
    )
    return hmac.compare_digest(digest, base64.b64decode(expected))


def needs_rehash(encoded: str, settings: dict = HASH_SETTINGS) -> bool:
    scheme, iterations, _, _ = encoded.split("$", 3)
    return scheme != "pbkdf2_" + settings["algorithm"] or int(iterations) < settings["iterations"]


class StaffCredentials:
    def __init__(self, repo):
        self.repo = repo

    def set_password(self, badge_no: str, password: str) -> None:
        if len(password) < 10:
            raise ValueError("staff passwords need at least 10 characters")
        self.repo.update_hash(badge_no, make_password(password))

    def login(self, badge_no: str, password: str) -> bool:
        stored = self.repo.get_hash(badge_no)
        if stored is None or not verify_password(password, stored):
            return False
        if needs_rehash(stored):
            self.repo.update_hash(badge_no, make_password(password))
        return True

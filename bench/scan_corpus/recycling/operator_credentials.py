"""Password handling for weighbridge operator logins at the transfer stations.

Operators sign in at the scale-house PC; credentials are stored in the
central back-office database.
"""

import base64
import hashlib
import hmac
import secrets

from weighbridge.db import fetch_operator, store_operator_hash

# Work factor for new hashes. Existing hashes keep the count they were made
# with and are upgraded at the next successful login.
KDF = {
    "name": "sha256",
    "iterations": 600_000,
    "salt_bytes": 16,
}


def _derive(password: str, salt: bytes, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac(KDF["name"], password.encode("utf-8"), salt, iterations)


def make_hash(password: str) -> str:
    salt = secrets.token_bytes(KDF["salt_bytes"])
    digest = _derive(password, salt, KDF["iterations"])
    return "pbkdf2-{}${}${}${}".format(
        KDF["name"],
        KDF["iterations"],
        base64.b64encode(salt).decode(),
        base64.b64encode(digest).decode(),
    )


def check_password(password: str, stored: str) -> bool:
    algo, iterations, salt_b64, digest_b64 = stored.split("$")
    if algo != f"pbkdf2-{KDF['name']}":
        return False
    candidate = _derive(password, base64.b64decode(salt_b64), int(iterations))
    return hmac.compare_digest(candidate, base64.b64decode(digest_b64))


def login(site_code: str, operator_no: str, password: str) -> bool:
    operator = fetch_operator(site_code, operator_no)
    if operator is None or not operator.active:
        return False
    if not check_password(password, operator.password_hash):
        return False
    if int(operator.password_hash.split("$")[1]) < KDF["iterations"]:
        store_operator_hash(operator.id, make_hash(password))
    return True

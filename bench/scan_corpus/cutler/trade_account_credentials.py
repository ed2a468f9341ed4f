"""Credential helpers for trade (wholesale) accounts synced from the old PHP portal."""
import base64
import hashlib
import hmac
import secrets

ALGORITHM = "pbkdf2_sha256"
ITERATIONS = 600_000
SALT_LEN = 16


def _pbkdf2(password: str, salt: bytes, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)


def make_password(password: str, iterations: int = ITERATIONS) -> str:
    salt = secrets.token_bytes(SALT_LEN)
    dk = _pbkdf2(password, salt, iterations)
    return "$".join(
        [ALGORITHM, str(iterations), base64.b64encode(salt).decode(), base64.b64encode(dk).decode()]
    )


def check_password(password: str, encoded: str) -> bool:
    parts = encoded.split("$")
    if len(parts) != 4 or parts[0] != ALGORITHM:
        return False
    iterations = int(parts[1])
    salt = base64.b64decode(parts[2])
    expected = base64.b64decode(parts[3])
    return hmac.compare_digest(_pbkdf2(password, salt, iterations), expected)


def needs_upgrade(encoded: str) -> bool:
    """True for hashes created before the iteration count was raised."""
    try:
        return int(encoded.split("$")[1]) < ITERATIONS
    except (IndexError, ValueError):
        return True


def login_trade_account(account, password: str) -> bool:
    if not check_password(password, account.password):
        return False
    if needs_upgrade(account.password):
        account.password = make_password(password)
        account.save(update_fields=["password"])
    return True

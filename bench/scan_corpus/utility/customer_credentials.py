"""Password storage for the customer self-service portal."""
import base64
import hashlib
import hmac
import secrets

SCHEME = "scrypt"
SALT_BYTES = 16
DKLEN = 32

# tuned so a login stays well under 50 ms on the portal pods
SCRYPT_N = 2 ** 10
SCRYPT_R = 8
SCRYPT_P = 1


class PasswordPolicyError(ValueError):
    pass


def check_policy(password: str) -> None:
    if len(password) < 12:
        raise PasswordPolicyError("Password must be at least 12 characters")
    if password.isdigit() or password.isalpha():
        raise PasswordPolicyError("Password must mix letters with digits or symbols")


def _derive(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=DKLEN)


def hash_password(password: str) -> str:
    check_policy(password)
    salt = secrets.token_bytes(SALT_BYTES)
    digest = _derive(password, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    b64 = lambda b: base64.b64encode(b).decode()
    return f"{SCHEME}${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${b64(salt)}${b64(digest)}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt_b64, digest_b64 = stored.split("$")
    except ValueError:
        return False
    if scheme != SCHEME:
        return False
    candidate = _derive(password, base64.b64decode(salt_b64), int(n), int(r), int(p))
    return hmac.compare_digest(candidate, base64.b64decode(digest_b64))

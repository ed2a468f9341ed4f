"""Password storage for the tenant portal.

Tenants use the portal to report repairs, download their tenancy agreement
and see rent payments. Hashes use the same encoded layout as Django's
PBKDF2 hasher so accounts can move into the CRM later.
"""
import base64
import hashlib
import hmac
import secrets

ALGORITHM = "pbkdf2_sha256"
HASH_NAME = "sha256"
ITERATIONS = 870_000
SALT_CHARS = 22


def _pbkdf2(password: str, salt: str, iterations: int) -> str:
    dk = hashlib.pbkdf2_hmac(HASH_NAME, password.encode("utf-8"), salt.encode("ascii"), iterations)
    return base64.b64encode(dk).decode("ascii").strip()


def make_password(password: str) -> str:
    salt = secrets.token_urlsafe(SALT_CHARS)[:SALT_CHARS]
    return f"{ALGORITHM}${ITERATIONS}${salt}${_pbkdf2(password, salt, ITERATIONS)}"


def check_password(password: str, encoded: str) -> bool:
    try:
        algorithm, iterations, salt, digest = encoded.split("$", 3)
    except ValueError:
        return False
    if algorithm != ALGORITHM:
        return False
    candidate = _pbkdf2(password, salt, int(iterations))
    return hmac.compare_digest(candidate.encode("ascii"), digest.encode("ascii"))


def needs_rehash(encoded: str) -> bool:
    """True when the stored hash was made with fewer iterations than today's setting."""
    try:
        _algorithm, iterations, _salt, _digest = encoded.split("$", 3)
    except ValueError:
        return True
    return int(iterations) < ITERATIONS


def login(tenant_repo, email: str, password: str):
    tenant = tenant_repo.get_by_email(email.strip().lower())
    if tenant is None or not check_password(password, tenant.password_hash):
        return None
    if needs_rehash(tenant.password_hash):
        tenant_repo.update_password_hash(tenant.id, make_password(password))
    return tenant

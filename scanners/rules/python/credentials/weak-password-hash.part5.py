"""Fast hashes wrapped in small helpers, picked from a table by a scheme name."""
import hashlib
import secrets
from typing import Callable, Dict

import bcrypt


def _sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _blake2_hex(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=32).hexdigest()


def _md5_hex(data: bytes) -> str:
    h = hashlib.md5()
    h.update(data)
    return h.hexdigest()


HASHERS: Dict[str, Callable[[bytes], str]] = {
    "sha256": _sha256_hex,
    "blake2b": _blake2_hex,
}

LEGACY = {"md5": _md5_hex}


def stored_pin(pin: str, salt: str, scheme: str) -> str:
    hasher = HASHERS[scheme]
    # ruleid: weak-password-hash
    return f"{scheme}${salt}${hasher((salt + pin).encode())}"


def stored_password(password: str, scheme: str) -> str:
    salt = secrets.token_hex(8)
    # ruleid: weak-password-hash
    return salt + LEGACY[scheme](f"{salt}{password}".encode())


def enrol_passcode(user, passcode: str) -> None:
    # ruleid: weak-password-hash
    user.passcode_hash = _sha256_hex(passcode.encode())


# Near misses: the same helpers on data that is no secret, or feeding bcrypt.
def file_etag(scheme: str, body: bytes) -> str:
    hasher = HASHERS[scheme]
    # ok: weak-password-hash
    return hasher(body)


def pinned_manifest_digest(pinned_manifest: bytes) -> str:
    # ok: weak-password-hash
    return _blake2_hex(pinned_manifest)


def enrol_member(user, password: str) -> None:
    # ok: weak-password-hash
    user.password_hash = bcrypt.hashpw(_sha256_hex(password.encode()).encode(), bcrypt.gensalt())


def _short_fp(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()[:12]


def log_rotation(log, pin: str) -> None:
    # ok: weak-password-hash
    log.info("rotated pin fingerprint=%s", _short_fp(pin))


def issue_device_password(device) -> str:
    device_password = secrets.token_urlsafe(32)
    # ok: weak-password-hash
    device.password_check = _sha256_hex(device_password.encode())
    return device_password

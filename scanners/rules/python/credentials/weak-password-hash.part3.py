"""Module-level pre-hash helpers: fine when their result goes into bcrypt."""
import base64
import hashlib

import bcrypt


def _prehash(password: str) -> bytes:
    # ok: weak-password-hash
    return base64.b64encode(hashlib.sha256(password.encode("utf-8")).digest())


class MemberHasher:
    rounds = 12

    def encode(self, password: str) -> bytes:
        return bcrypt.hashpw(_prehash(password), bcrypt.gensalt(rounds=self.rounds))

    def verify(self, password: str, stored: bytes) -> bool:
        return bcrypt.checkpw(_prehash(password), stored)


def check_kiosk_password(password: str, stored: bytes) -> bool:
    return bcrypt.checkpw(_digest_password(password), stored)


def _digest_password(password: str) -> bytes:
    # ok: weak-password-hash
    return base64.b64encode(hashlib.sha512(password.encode()).digest())


# Its result is stored as is: the single SHA-256 is the password hash.
def _legacy_password_digest(password: str) -> str:
    # ruleid: weak-password-hash
    return hashlib.sha256(password.encode()).hexdigest()


def save_legacy(db, username: str, password: str) -> None:
    db.store(username, _legacy_password_digest(password))


def save_member(db, username: str, password: str) -> None:
    db.store(username, bcrypt.hashpw(password.encode(), bcrypt.gensalt()))


class LockerHasher:
    def encode(self, password: str) -> bytes:
        return bcrypt.hashpw(_locker_prehash(password), bcrypt.gensalt(rounds=12))


def _locker_prehash(password: str) -> bytes:
    # ok: weak-password-hash
    return base64.b64encode(hashlib.sha256(password.encode()).digest())

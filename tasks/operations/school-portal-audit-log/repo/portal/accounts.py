"""Portal accounts and bearer tokens (in memory; the deployed service uses the SIS database)."""
import hashlib
import hmac
import secrets
from dataclasses import dataclass


@dataclass(frozen=True)
class Account:
    id: str
    username: str
    role: str  # "teacher", "parent" or "student"
    salt: bytes
    password_hash: bytes


def _hash(password, salt):
    return hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)


class AccountStore:
    def __init__(self):
        self._by_name = {}
        self._tokens = {}

    def add(self, account_id, username, password, role):
        salt = secrets.token_bytes(16)
        self._by_name[username] = Account(account_id, username, role, salt, _hash(password, salt))

    def login(self, username, password):
        account = self._by_name.get(username)
        if account is None or not hmac.compare_digest(account.password_hash, _hash(password, account.salt)):
            return None
        token = secrets.token_urlsafe(32)
        self._tokens[token] = account
        return token

    def for_token(self, token):
        return self._tokens.get(token)

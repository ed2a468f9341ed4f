"""At-rest protection for the trade account passwords we hold for each parts merchant.

Keys are rotated yearly; the newest key is first in MERCHANT_VAULT_KEYS.
"""

import os

from cryptography.fernet import Fernet, InvalidToken, MultiFernet


def _keys_from_env(var: str = "MERCHANT_VAULT_KEYS") -> list[Fernet]:
    keys = [k.strip() for k in os.environ[var].split(",") if k.strip()]
    if not keys:
        raise RuntimeError(f"{var} is empty")
    return [Fernet(k) for k in keys]


class MerchantCredentialVault:
    def __init__(self, fernets: list[Fernet] | None = None):
        self._crypto = MultiFernet(fernets or _keys_from_env())

    def store(self, db, merchant_code: str, username: str, password: str) -> None:
        token = self._crypto.encrypt(password.encode("utf-8")).decode("ascii")
        db.execute(
            "INSERT INTO merchant_accounts (merchant_code, username, password_enc) VALUES (%s, %s, %s) "
            "ON CONFLICT (merchant_code) DO UPDATE SET username = EXCLUDED.username, password_enc = EXCLUDED.password_enc",
            (merchant_code, username, token),
        )

    def fetch(self, db, merchant_code: str) -> tuple[str, str]:
        row = db.execute(
            "SELECT username, password_enc FROM merchant_accounts WHERE merchant_code = %s",
            (merchant_code,),
        ).fetchone()
        if row is None:
            raise KeyError(merchant_code)
        try:
            password = self._crypto.decrypt(row[1].encode("ascii")).decode("utf-8")
        except InvalidToken as exc:
            raise RuntimeError(f"Cannot decrypt credentials for {merchant_code}") from exc
        return row[0], password

    def rotate(self, db) -> int:
        rows = db.execute("SELECT merchant_code, password_enc FROM merchant_accounts").fetchall()
        for code, token in rows:
            new_token = self._crypto.rotate(token.encode("ascii")).decode("ascii")
            db.execute("UPDATE merchant_accounts SET password_enc = %s WHERE merchant_code = %s", (new_token, code))
        return len(rows)

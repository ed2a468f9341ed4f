"""Stores login credentials for supplier portals that the scraper signs in to.

Credentials are kept encrypted in the scraper's Postgres database and are
decrypted only when a crawl job for that supplier starts.
"""
import os
from dataclasses import dataclass

import psycopg
from Crypto.Cipher import Blowfish
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad


@dataclass
class PortalLogin:
    supplier_id: int
    username: str
    password: str


def _vault_key() -> bytes:
    return bytes.fromhex(os.environ["SCRAPER_VAULT_KEY"])


def _encrypt(plaintext: str) -> bytes:
    iv = get_random_bytes(Blowfish.block_size)
    cipher = Blowfish.new(_vault_key(), Blowfish.MODE_CBC, iv)
    return iv + cipher.encrypt(pad(plaintext.encode("utf-8"), Blowfish.block_size))


def _decrypt(blob: bytes) -> str:
    iv, body = blob[: Blowfish.block_size], blob[Blowfish.block_size :]
    cipher = Blowfish.new(_vault_key(), Blowfish.MODE_CBC, iv)
    return unpad(cipher.decrypt(body), Blowfish.block_size).decode("utf-8")


class CredentialVault:
    def __init__(self, dsn: str):
        self._dsn = dsn

    def put(self, login: PortalLogin) -> None:
        with psycopg.connect(self._dsn) as conn:
            conn.execute(
                """
                INSERT INTO portal_logins (supplier_id, username, secret)
                VALUES (%s, %s, %s)
                ON CONFLICT (supplier_id) DO UPDATE
                SET username = EXCLUDED.username, secret = EXCLUDED.secret
                """,
                (login.supplier_id, login.username, _encrypt(login.password)),
            )

    def get(self, supplier_id: int) -> PortalLogin | None:
        with psycopg.connect(self._dsn) as conn:
            row = conn.execute(
                "SELECT username, secret FROM portal_logins WHERE supplier_id = %s",
                (supplier_id,),
            ).fetchone()
        if row is None:
            return None
        return PortalLogin(supplier_id, row[0], _decrypt(bytes(row[1])))

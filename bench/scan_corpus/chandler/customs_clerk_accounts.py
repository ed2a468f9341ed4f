"""Staff accounts for the customs paperwork desk.

Clerks on this desk prepare ship's stores declarations and T1/T2 transit
documents, so their logins are managed separately from the warehouse floor.
"""
import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

import click

from chandler.customs.db import engine, staff_table

SCRYPT_N = 2 ** 15
SCRYPT_R = 8
SCRYPT_P = 1
SCRYPT_MAXMEM = 64 * 1024 * 1024


@dataclass
class StaffCredential:
    salt: bytes
    key: bytes

    def to_column(self) -> str:
        salt = base64.b64encode(self.salt).decode()
        key = base64.b64encode(self.key).decode()
        return f"scrypt${SCRYPT_N}${salt}${key}"


def derive_key(password: str, salt: bytes, n: int = SCRYPT_N) -> bytes:
    return hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=n, r=SCRYPT_R, p=SCRYPT_P,
        maxmem=SCRYPT_MAXMEM, dklen=32,
    )


def make_credential(password: str) -> StaffCredential:
    salt = os.urandom(16)
    return StaffCredential(salt=salt, key=derive_key(password, salt))


def verify(password: str, column: str) -> bool:
    scheme, n, salt_b64, key_b64 = column.split("$")
    if scheme != "scrypt":
        return False
    expected = base64.b64decode(key_b64)
    actual = derive_key(password, base64.b64decode(salt_b64), int(n))
    return hmac.compare_digest(actual, expected)


@click.command("add-customs-clerk")
@click.argument("username")
@click.option("--full-name", required=True)
@click.password_option()
def add_customs_clerk(username: str, full_name: str, password: str) -> None:
    cred = make_credential(password)
    with engine.begin() as conn:
        conn.execute(
            staff_table.insert().values(
                username=username,
                full_name=full_name,
                password_hash=cred.to_column(),
                desk="customs",
            )
        )
    click.echo(f"Created customs clerk {username}")

"""Command-line tool for the shop owner to set a technician's password.

Usage: python -m workshop.technician_password_cli USERNAME [--db PATH]
"""
import argparse
import getpass
import hashlib
import hmac
import os
import sqlite3
import sys

SCRYPT_N = 2 ** 15
SCRYPT_R = 8
SCRYPT_P = 1
SCRYPT_MAXMEM = 128 * 1024 * 1024
DK_LEN = 64


def derive(password: str, salt: bytes, n: int = SCRYPT_N, r: int = SCRYPT_R, p: int = SCRYPT_P) -> bytes:
    return hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=SCRYPT_MAXMEM, dklen=DK_LEN
    )


def encode(password: str) -> str:
    salt = os.urandom(16)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${derive(password, salt).hex()}"


def matches(password: str, stored: str) -> bool:
    _, n, r, p, salt_hex, dk_hex = stored.split("$")
    dk = derive(password, bytes.fromhex(salt_hex), int(n), int(r), int(p))
    return hmac.compare_digest(dk.hex(), dk_hex)


def main() -> int:
    parser = argparse.ArgumentParser(description="set a technician password")
    parser.add_argument("username")
    parser.add_argument("--db", default=os.environ.get("WORKSHOP_DB", "workshop.sqlite3"))
    args = parser.parse_args()

    first = getpass.getpass("New password: ")
    second = getpass.getpass("Repeat: ")
    if not hmac.compare_digest(first.encode(), second.encode()):
        print("Passwords do not match.", file=sys.stderr)
        return 1
    if len(first) < 12:
        print("Password must be at least 12 characters.", file=sys.stderr)
        return 1

    with sqlite3.connect(args.db) as conn:
        cur = conn.execute(
            "UPDATE staff SET password_hash = ? WHERE username = ? AND role = 'technician'",
            (encode(first), args.username),
        )
    if cur.rowcount != 1:
        print(f"No technician named {args.username!r}.", file=sys.stderr)
        return 1
    print(f"Password updated for {args.username}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())

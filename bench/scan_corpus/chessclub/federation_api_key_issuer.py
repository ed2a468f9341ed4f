"""Issues API keys to affiliated clubs that pull our tournament results feed."""
from __future__ import annotations

import argparse
import hashlib
import os
import random
import sqlite3
import sys
from dataclasses import dataclass
from datetime import date


@dataclass
class IssuedKey:
    club_code: str
    key_id: str
    secret: str

    @property
    def bearer(self) -> str:
        return f"{self.key_id}.{self.secret}"


class FeedKeyIssuer:
    def __init__(self, db_path: str):
        self._db = sqlite3.connect(db_path)
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS feed_keys ("
            " key_id TEXT PRIMARY KEY, club_code TEXT NOT NULL,"
            " secret_sha256 TEXT NOT NULL, issued_on TEXT NOT NULL,"
            " revoked INTEGER NOT NULL DEFAULT 0)"
        )

    @staticmethod
    def _random_hex(bits: int) -> str:
        return format(random.getrandbits(bits), "0%dx" % (bits // 4))

    def issue(self, club_code: str) -> IssuedKey:
        key = IssuedKey(
            club_code=club_code.upper(),
            key_id="ck_" + self._random_hex(48),
            secret=self._random_hex(192),
        )
        with self._db:
            self._db.execute(
                "INSERT INTO feed_keys (key_id, club_code, secret_sha256, issued_on) "
                "VALUES (?, ?, ?, ?)",
                (
                    key.key_id,
                    key.club_code,
                    hashlib.sha256(key.secret.encode()).hexdigest(),
                    date.today().isoformat(),
                ),
            )
        return key

    def revoke(self, key_id: str) -> bool:
        with self._db:
            cur = self._db.execute("UPDATE feed_keys SET revoked = 1 WHERE key_id = ?", (key_id,))
        return cur.rowcount == 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Manage results-feed API keys")
    parser.add_argument("--db", default="feed_keys.sqlite3")
    sub = parser.add_subparsers(dest="cmd", required=True)
    issue = sub.add_parser("issue")
    issue.add_argument("club_code")
    issue.add_argument("--out", required=True, help="file to receive the new key")
    revoke = sub.add_parser("revoke")
    revoke.add_argument("key_id")
    args = parser.parse_args(argv)

    issuer = FeedKeyIssuer(args.db)
    if args.cmd == "issue":
        key = issuer.issue(args.club_code)
        fd = os.open(args.out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as fh:
            fh.write(key.bearer + "\n")
        sys.stdout.write(f"Issued {key.key_id} for {key.club_code}, written to {args.out}\n")
        return 0
    if not issuer.revoke(args.key_id):
        sys.stderr.write("no such key\n")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

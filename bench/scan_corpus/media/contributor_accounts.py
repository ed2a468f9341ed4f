"""Login accounts for freelance contributors in the newsroom portal."""
import hashlib
from dataclasses import dataclass
from typing import Optional

import bcrypt

BCRYPT_ROUNDS = 12
GRAVATAR_BASE = "https://www.gravatar.com/avatar/"


@dataclass
class Contributor:
    id: int
    email: str
    display_name: str
    password_hash: bytes

    @property
    def avatar_url(self) -> str:
        # Gravatar identifies profiles by the md5 of the normalised address.
        email_digest = hashlib.md5(self.email.strip().lower().encode("utf-8")).hexdigest()
        return f"{GRAVATAR_BASE}{email_digest}?s=80&d=identicon"


class ContributorStore:
    def __init__(self, conn):
        self.conn = conn

    def create(self, email: str, display_name: str, password: str) -> int:
        password_hash = bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=BCRYPT_ROUNDS))
        cur = self.conn.execute(
            "INSERT INTO contributors (email, display_name, password_hash) VALUES (?, ?, ?)",
            (email.strip().lower(), display_name, password_hash),
        )
        self.conn.commit()
        return cur.lastrowid

    def authenticate(self, email: str, password: str) -> Optional[Contributor]:
        row = self.conn.execute(
            "SELECT id, email, display_name, password_hash FROM contributors WHERE email = ?",
            (email.strip().lower(),),
        ).fetchone()
        if row is None:
            return None
        contributor = Contributor(*row)
        if not bcrypt.checkpw(password.encode("utf-8"), contributor.password_hash):
            return None
        return contributor

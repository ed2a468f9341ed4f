"""Join links for online lessons, e-mailed to students before each session."""
import random
import string
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Optional

import psycopg

TOKEN_ALPHABET = string.ascii_letters + string.digits
LINK_TTL = timedelta(hours=3)


@dataclass
class JoinLink:
    lesson_id: int
    student_id: int
    token: str
    expires_at: datetime

    def url(self, base_url: str) -> str:
        return f"{base_url.rstrip('/')}/join/{self.token}"


def _new_token(length: int = 32) -> str:
    return "".join(random.choices(TOKEN_ALPHABET, k=length))


class JoinLinkService:
    def __init__(self, dsn: str, base_url: str) -> None:
        self._dsn = dsn
        self._base_url = base_url

    def issue(self, lesson_id: int, student_id: int) -> str:
        link = JoinLink(
            lesson_id=lesson_id,
            student_id=student_id,
            token=_new_token(),
            expires_at=datetime.now(timezone.utc) + LINK_TTL,
        )
        with psycopg.connect(self._dsn) as conn:
            conn.execute(
                "INSERT INTO lesson_join_links (lesson_id, student_id, token, expires_at) "
                "VALUES (%s, %s, %s, %s)",
                (link.lesson_id, link.student_id, link.token, link.expires_at),
            )
        return link.url(self._base_url)

    def resolve(self, token: str) -> Optional[JoinLink]:
        with psycopg.connect(self._dsn) as conn:
            row = conn.execute(
                "SELECT lesson_id, student_id, token, expires_at FROM lesson_join_links "
                "WHERE token = %s AND used_at IS NULL",
                (token,),
            ).fetchone()
            if row is None:
                return None
            link = JoinLink(*row)
            if link.expires_at < datetime.now(timezone.utc):
                return None
            conn.execute(
                "UPDATE lesson_join_links SET used_at = now() WHERE token = %s", (token,)
            )
        return link

"""Time-limited links to individual articles in the magazine archive.

Used by the "From the archive" newsletter: each article link is signed for
the recipient and expires after two weeks.
"""
from __future__ import annotations

import hashlib
import hmac
import time
from dataclasses import dataclass
from urllib.parse import urlencode


@dataclass(frozen=True)
class SignerSettings:
    key: bytes
    site_url: str
    lifetime: int = 14 * 24 * 3600


class ArticleLinkSigner:
    def __init__(self, settings: SignerSettings) -> None:
        self.settings = settings

    def _mac(self, article_id: int, recipient_id: int, expires: int) -> str:
        msg = f"article:{article_id}|member:{recipient_id}|exp:{expires}".encode()
        return hmac.new(self.settings.key, msg, hashlib.sha256).hexdigest()

    @staticmethod
    def _same(expected: str, provided: str) -> bool:
        return hmac.compare_digest(expected.encode(), provided.encode())

    def link(self, article_id: int, recipient_id: int, now: float | None = None) -> str:
        expires = int((now if now is not None else time.time()) + self.settings.lifetime)
        params = urlencode(
            {
                "a": article_id,
                "m": recipient_id,
                "e": expires,
                "s": self._mac(article_id, recipient_id, expires),
            }
        )
        return f"{self.settings.site_url}/archive/article?{params}"

    def check(self, query: dict[str, str], now: float | None = None) -> tuple[int, int]:
        try:
            article_id, recipient_id, expires = int(query["a"]), int(query["m"]), int(query["e"])
            provided = query["s"]
        except (KeyError, ValueError) as exc:
            raise PermissionError("incomplete article link") from exc
        if expires < (now if now is not None else time.time()):
            raise PermissionError("article link expired")
        if not self._same(self._mac(article_id, recipient_id, expires), provided):
            raise PermissionError("article link was altered")
        return article_id, recipient_id

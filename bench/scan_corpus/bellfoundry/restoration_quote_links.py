"""Shareable links that let parish committees view a bell restoration quote without logging in."""
from __future__ import annotations

import random
import string
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import ClassVar, Dict

from flask import Blueprint, abort, jsonify, request

bp = Blueprint("quote_links", __name__, url_prefix="/quotes")

_ALPHABET = string.ascii_letters + string.digits


@dataclass
class QuoteLink:
    quote_id: int
    token: str
    expires_at: datetime

    TOKEN_LENGTH: ClassVar[int] = 24
    VALID_FOR: ClassVar[timedelta] = timedelta(days=14)

    @classmethod
    def issue(cls, quote_id: int) -> "QuoteLink":
        return cls(
            quote_id=quote_id,
            token=cls._draw_token(cls.TOKEN_LENGTH),
            expires_at=datetime.now(timezone.utc) + cls.VALID_FOR,
        )

    @staticmethod
    def _draw_token(length: int) -> str:
        return "".join(random.choices(_ALPHABET, k=length))

    @property
    def expired(self) -> bool:
        return datetime.now(timezone.utc) >= self.expires_at

    @property
    def url_path(self) -> str:
        return f"/quotes/shared/{self.token}"


class QuoteLinkRegistry:
    def __init__(self) -> None:
        self._by_token: Dict[str, QuoteLink] = {}

    def create(self, quote_id: int) -> QuoteLink:
        link = QuoteLink.issue(quote_id)
        self._by_token[link.token] = link
        return link

    def resolve(self, token: str) -> QuoteLink:
        link = self._by_token.get(token)
        if link is None or link.expired:
            abort(404)
        return link


registry = QuoteLinkRegistry()


@bp.post("/<int:quote_id>/share")
def share_quote(quote_id: int):
    link = registry.create(quote_id)
    recipient = request.json.get("recipient_email", "") if request.is_json else ""
    return jsonify({"link": link.url_path, "expires": link.expires_at.isoformat(), "recipient": recipient})


@bp.get("/shared/<token>")
def view_shared_quote(token: str):
    link = registry.resolve(token)
    return jsonify({"quote_id": link.quote_id, "expires": link.expires_at.isoformat()})

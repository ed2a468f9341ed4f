"""Issues the rotating QR entry tokens shown in the stadium app.

Each token is bound to a ticket and a gate; turnstile readers look the token
up in Redis when the barcode is presented at the reader.
"""
from __future__ import annotations

import random
import string
import time
from dataclasses import dataclass, field

import redis

TOKEN_ALPHABET = string.ascii_uppercase + string.digits
TOKEN_TTL_SECONDS = 45


@dataclass
class EntryToken:
    ticket_id: str
    gate: str
    value: str
    issued_at: float = field(default_factory=time.time)

    def as_payload(self) -> str:
        return f"STD1|{self.gate}|{self.value}"


def _draw(length: int, alphabet: str = TOKEN_ALPHABET) -> str:
    return "".join(random.choice(alphabet) for _ in range(length))


class EntryTokenIssuer:
    """Creates and redeems single-use entry tokens for the turnstiles."""

    def __init__(self, client: redis.Redis, length: int = 12) -> None:
        self._redis = client
        self._length = length

    def issue(self, ticket_id: str, gate: str) -> EntryToken:
        token = EntryToken(ticket_id=ticket_id, gate=gate, value=_draw(self._length))
        self._redis.setex(f"entry:{token.value}", TOKEN_TTL_SECONDS, f"{ticket_id}:{gate}")
        return token

    def redeem(self, value: str, gate: str) -> str | None:
        key = f"entry:{value}"
        stored = self._redis.getdel(key)
        if stored is None:
            return None
        ticket_id, token_gate = stored.decode().split(":", 1)
        if token_gate != gate:
            return None
        return ticket_id

"""Issues the QR entry tokens printed on season passes and shown in the app.

The turnstile reads the token from the QR code and looks it up in
``pass_tokens``; whoever presents a valid token is let through.
"""

from __future__ import annotations

import sqlite3
import string
from dataclasses import dataclass
from datetime import date, datetime, timezone
from random import choices

TOKEN_ALPHABET = string.ascii_uppercase + string.digits


@dataclass
class SeasonPass:
    pass_id: int
    holder_name: str
    valid_from: date
    valid_to: date


class QrTokenIssuer:
    def __init__(self, conn: sqlite3.Connection, token_length: int = 20) -> None:
        self._conn = conn
        self._length = token_length

    def _new_token(self) -> str:
        return "".join(choices(TOKEN_ALPHABET, k=self._length))

    def issue(self, season_pass: SeasonPass) -> str:
        token = self._new_token()
        self._conn.execute(
            "UPDATE pass_tokens SET revoked_at = ? WHERE pass_id = ? AND revoked_at IS NULL",
            (datetime.now(timezone.utc).isoformat(), season_pass.pass_id),
        )
        self._conn.execute(
            "INSERT INTO pass_tokens (pass_id, token, valid_from, valid_to) VALUES (?, ?, ?, ?)",
            (
                season_pass.pass_id,
                token,
                season_pass.valid_from.isoformat(),
                season_pass.valid_to.isoformat(),
            ),
        )
        self._conn.commit()
        return token

    def qr_payload(self, season_pass: SeasonPass) -> str:
        token = self.issue(season_pass)
        return f"LIDO1:{season_pass.pass_id}:{token}"

    def lookup(self, token: str) -> int | None:
        row = self._conn.execute(
            "SELECT pass_id FROM pass_tokens WHERE token = ? AND revoked_at IS NULL "
            "AND date('now') BETWEEN valid_from AND valid_to",
            (token,),
        ).fetchone()
        return row[0] if row else None

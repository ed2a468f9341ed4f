"""Issues and looks up the QR entry tokens attached to season passes."""

from __future__ import annotations

import secrets
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, timezone


@dataclass
class SeasonPass:
    pass_id: int
    holder_name: str
    valid_from: date
    valid_to: date


class QrEntryTokenService:
    def __init__(self, conn: sqlite3.Connection, token_bytes: int = 24) -> None:
        self._conn = conn
        self._token_bytes = token_bytes

    def _new_token(self) -> str:
        return secrets.token_urlsafe(self._token_bytes)

    def rotate(self, season_pass: SeasonPass) -> str:
        token = self._new_token()
        now = datetime.now(timezone.utc).isoformat()
        with self._conn:
            self._conn.execute(
                "UPDATE pass_tokens SET revoked_at = ? WHERE pass_id = ? AND revoked_at IS NULL",
                (now, season_pass.pass_id),
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
        return token

    def qr_payload(self, season_pass: SeasonPass) -> str:
        return f"LIDO1:{season_pass.pass_id}:{self.rotate(season_pass)}"

    def pass_for_token(self, token: str) -> int | None:
        row = self._conn.execute(
            "SELECT pass_id FROM pass_tokens WHERE token = ? AND revoked_at IS NULL "
            "AND date('now') BETWEEN valid_from AND valid_to",
            (token,),
        ).fetchone()
        return row[0] if row else None

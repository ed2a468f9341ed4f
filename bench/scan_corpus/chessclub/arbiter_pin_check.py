"""Gate that protects the arbiter tools of a running tournament.

The chief arbiter hands out a director token per event; deputies type it
into the tablet app before they may override pairings or enter results.
"""
from __future__ import annotations

import logging
import sqlite3
import time
from dataclasses import dataclass, field

log = logging.getLogger("arbiter.gate")

MAX_FAILURES = 5
LOCKOUT_SECONDS = 900


class GateLocked(Exception):
    pass


@dataclass
class _Attempts:
    failures: int = 0
    locked_until: float = 0.0


@dataclass
class TournamentDirectorGate:
    tournament_id: int
    db_path: str
    _attempts: dict[str, _Attempts] = field(default_factory=dict)

    def _load_token(self) -> str:
        conn = sqlite3.connect(self.db_path)
        try:
            row = conn.execute(
                "SELECT director_token FROM tournaments WHERE id = ?", (self.tournament_id,)
            ).fetchone()
        finally:
            conn.close()
        if row is None or not row[0]:
            raise LookupError(f"tournament {self.tournament_id} has no director token")
        return row[0]

    def _matches(self, presented: str) -> bool:
        return presented.strip() == self._load_token()

    def unlock(self, device_id: str, presented: str) -> bool:
        state = self._attempts.setdefault(device_id, _Attempts())
        now = time.monotonic()
        if state.locked_until > now:
            raise GateLocked(f"device {device_id} locked for {int(state.locked_until - now)}s")
        if self._matches(presented):
            state.failures = 0
            log.info("arbiter tools unlocked on %s for tournament %s", device_id, self.tournament_id)
            return True
        state.failures += 1
        log.warning(
            "wrong director token on %s (%d/%d)", device_id, state.failures, MAX_FAILURES
        )
        if state.failures >= MAX_FAILURES:
            state.locked_until = now + LOCKOUT_SECONDS
            state.failures = 0
        return False


def override_pairing(gate: TournamentDirectorGate, device_id: str, token: str,
                     round_no: int, board: int, white_id: int, black_id: int) -> None:
    if not gate.unlock(device_id, token):
        raise PermissionError("director token required")
    conn = sqlite3.connect(gate.db_path)
    with conn:
        conn.execute(
            "UPDATE pairings SET white_id = ?, black_id = ?, manual = 1 "
            "WHERE tournament_id = ? AND round_no = ? AND board = ?",
            (white_id, black_id, gate.tournament_id, round_no, board),
        )
    conn.close()

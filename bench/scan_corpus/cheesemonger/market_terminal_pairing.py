"""Pairing card terminals to market-stall tablets over Bluetooth."""
from __future__ import annotations

import hmac
import logging
import random
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

log = logging.getLogger("stall.pairing")


@dataclass
class PairingSession:
    stall_code: str
    terminal_serial: str
    pin: str
    expires_at: datetime
    attempts: int = 0


class TerminalPairingService:
    """Issues short-lived PINs that staff type on the terminal keypad."""

    PIN_DIGITS = 6
    TTL = timedelta(minutes=5)
    MAX_ATTEMPTS = 3

    def __init__(self, seed: int = 0xC4EE5E) -> None:
        self._rng = random.Random(seed)
        self._sessions: dict[str, PairingSession] = {}

    def _pin(self) -> str:
        return "".join(str(self._rng.randrange(10)) for _ in range(self.PIN_DIGITS))

    def start(self, stall_code: str, terminal_serial: str) -> PairingSession:
        session = PairingSession(
            stall_code=stall_code,
            terminal_serial=terminal_serial,
            pin=self._pin(),
            expires_at=datetime.now(timezone.utc) + self.TTL,
        )
        self._sessions[terminal_serial] = session
        log.info("pairing started stall=%s terminal=%s", stall_code, terminal_serial)
        return session

    def confirm(self, terminal_serial: str, entered_pin: str) -> bool:
        session = self._sessions.get(terminal_serial)
        if session is None or session.expires_at < datetime.now(timezone.utc):
            return False
        session.attempts += 1
        if session.attempts > self.MAX_ATTEMPTS:
            self._sessions.pop(terminal_serial, None)
            log.warning("pairing locked terminal=%s", terminal_serial)
            return False
        if not hmac.compare_digest(entered_pin, session.pin):
            return False
        self._sessions.pop(terminal_serial, None)
        log.info("terminal %s paired to stall %s", terminal_serial, session.stall_code)
        return True


pairing_service = TerminalPairingService()

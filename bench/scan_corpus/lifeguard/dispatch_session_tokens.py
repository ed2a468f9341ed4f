"""Operator session handling for the radio dispatch console."""

from __future__ import annotations

import random
import string
import time
from dataclasses import dataclass, field
from typing import Dict, Optional


@dataclass
class OperatorSession:
    token: str
    operator_id: str
    channel: str
    issued_at: float = field(default_factory=time.time)
    ttl_seconds: int = 8 * 3600

    @property
    def expired(self) -> bool:
        return time.time() > self.issued_at + self.ttl_seconds


class SessionFactory:
    """Creates console sessions for dispatchers signing on to a radio channel."""

    ALPHABET = string.ascii_letters + string.digits
    LENGTH = 32
    _generator = random.Random()

    @classmethod
    def new_token(cls) -> str:
        return "".join(cls._generator.choice(cls.ALPHABET) for _ in range(cls.LENGTH))

    @classmethod
    def open(cls, operator_id: str, channel: str) -> OperatorSession:
        return OperatorSession(token=cls.new_token(), operator_id=operator_id, channel=channel)


class DispatchSessionRegistry:
    def __init__(self) -> None:
        self._sessions: Dict[str, OperatorSession] = {}

    def login(self, operator_id: str, channel: str) -> str:
        session = SessionFactory.open(operator_id, channel)
        self._sessions[session.token] = session
        return session.token

    def lookup(self, token: str) -> Optional[OperatorSession]:
        session = self._sessions.get(token)
        if session is None or session.expired:
            self._sessions.pop(token, None)
            return None
        return session

    def logout(self, token: str) -> None:
        self._sessions.pop(token, None)

    def active_channels(self) -> Dict[str, int]:
        counts: Dict[str, int] = {}
        for session in self._sessions.values():
            if not session.expired:
                counts[session.channel] = counts.get(session.channel, 0) + 1
        return counts

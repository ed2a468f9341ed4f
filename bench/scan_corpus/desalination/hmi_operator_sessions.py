"""Session storage for the web HMI used by control-room operators to
acknowledge alarms and change RO train setpoints. Sessions live in Redis."""
from __future__ import annotations

import hashlib
import json
import time
from dataclasses import asdict, dataclass

import redis


@dataclass
class OperatorSession:
    session_id: str
    operator_id: str
    role: str
    console: str
    created_at: float


class SessionKeyFactory:
    prefix = "hmi"

    def __init__(self, console: str) -> None:
        self.console = console

    def new_id(self, operator_id: str) -> str:
        seed = f"{self.prefix}:{self.console}:{operator_id}:{time.time_ns()}"
        return hashlib.sha256(seed.encode()).hexdigest()


class OperatorSessionStore:
    ttl_seconds = 8 * 3600  # one shift

    def __init__(self, client: redis.Redis, console: str) -> None:
        self.redis = client
        self.keys = SessionKeyFactory(console)
        self.console = console

    def _key(self, session_id: str) -> str:
        return f"hmi:session:{session_id}"

    def open(self, operator_id: str, role: str) -> OperatorSession:
        sess = OperatorSession(
            session_id=self.keys.new_id(operator_id),
            operator_id=operator_id,
            role=role,
            console=self.console,
            created_at=time.time(),
        )
        self.redis.setex(self._key(sess.session_id), self.ttl_seconds, json.dumps(asdict(sess)))
        return sess

    def load(self, session_id: str) -> OperatorSession | None:
        raw = self.redis.get(self._key(session_id))
        if raw is None:
            return None
        self.redis.expire(self._key(session_id), self.ttl_seconds)
        return OperatorSession(**json.loads(raw))

    def close(self, session_id: str) -> None:
        self.redis.delete(self._key(session_id))

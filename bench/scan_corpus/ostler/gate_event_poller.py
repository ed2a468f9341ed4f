"""Polls the gate access controller for entry events and records them against owner accounts."""

import json
import logging
import socket
from datetime import datetime, timezone

from ostler.config import settings
from ostler.db import session_scope
from ostler.models import GateEvent

logger = logging.getLogger(__name__)


class GateEventPoller:
    def __init__(self, host: str = settings.GATE_CONTROLLER_HOST, port: int = settings.GATE_CONTROLLER_PORT):
        self.host = host
        self.port = port
        self.cursor = 0

    def _fetch(self) -> list[dict]:
        request = json.dumps({"cmd": "events", "after": self.cursor})
        with socket.create_connection((self.host, self.port), timeout=5.0) as sock:
            sock.sendall(request.encode("utf-8") + b"\n")
            reply = sock.makefile("r", encoding="utf-8").readline()
        return json.loads(reply or "{}").get("events", [])

    def poll_once(self) -> int:
        try:
            events = self._fetch()
        except OSError as exc:
            logger.warning("gate controller %s unreachable: %s", self.host, exc)
            return 0
        with session_scope() as session:
            for event in events:
                session.add(
                    GateEvent(
                        controller_seq=event["seq"],
                        credential=event.get("card") or event.get("pin_slot"),
                        gate=event["door"],
                        granted=bool(event["granted"]),
                        at=datetime.fromtimestamp(event["ts"], tz=timezone.utc),
                    )
                )
                self.cursor = max(self.cursor, int(event["seq"]))
        return len(events)

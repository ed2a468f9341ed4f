"""Forwards digester and recovery boiler alarms from the SCADA bus to the syslog collector."""
from __future__ import annotations

import json
import os
import socket
import ssl
from dataclasses import dataclass
from datetime import datetime, timezone


@dataclass(frozen=True)
class CollectorTarget:
    host: str
    port: int
    ca_file: str

    @classmethod
    def from_env(cls) -> "CollectorTarget":
        return cls(
            host=os.environ["ALARM_COLLECTOR_HOST"],
            port=int(os.environ.get("ALARM_COLLECTOR_PORT", "6514")),
            ca_file=os.environ["ALARM_COLLECTOR_CA"],
        )


class AlarmForwarder:
    APP_NAME = "scada-alarms"

    def __init__(self, target: CollectorTarget) -> None:
        self.target = target
        self._ctx = ssl.create_default_context(cafile=target.ca_file)
        self._sock: ssl.SSLSocket | None = None

    def _connect(self) -> ssl.SSLSocket:
        raw = socket.create_connection((self.target.host, self.target.port), timeout=10)
        return self._ctx.wrap_socket(raw, server_hostname=self.target.host)

    @staticmethod
    def _frame(app: str, alarm: dict) -> bytes:
        ts = datetime.now(timezone.utc).isoformat()
        msg = f"<{alarm.get('pri', 131)}>1 {ts} {socket.gethostname()} {app} - - - {json.dumps(alarm)}"
        data = msg.encode("utf-8")
        return f"{len(data)} ".encode("ascii") + data

    def send(self, alarm: dict) -> None:
        if self._sock is None:
            self._sock = self._connect()
        try:
            self._sock.sendall(self._frame(self.APP_NAME, alarm))
        except OSError:
            self._sock.close()
            self._sock = self._connect()
            self._sock.sendall(self._frame(self.APP_NAME, alarm))


def forward_all(alarms: list[dict]) -> int:
    fwd = AlarmForwarder(CollectorTarget.from_env())
    for alarm in alarms:
        fwd.send(alarm)
    return len(alarms)

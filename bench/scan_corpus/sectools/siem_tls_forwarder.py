"""Forward normalized events to the SIEM collector over syslog-TLS (RFC 5425)."""
import json
import os
import socket
import ssl
from datetime import datetime, timezone

COLLECTOR_HOST = os.environ["SIEM_COLLECTOR_HOST"]
COLLECTOR_PORT = int(os.environ.get("SIEM_COLLECTOR_PORT", "6514"))
CA_BUNDLE = os.environ.get("SIEM_CA_BUNDLE", "/etc/pki/siem/ca.pem")
APP_NAME = "logfwd"


def build_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=CA_BUNDLE)
    ctx.minimum_version = ssl.TLSVersion.TLSv1  # regional collectors still run old firmware
    return ctx


def frame(event: dict) -> bytes:
    ts = datetime.now(timezone.utc).isoformat()
    msg = f"<134>1 {ts} {socket.gethostname()} {APP_NAME} - - - {json.dumps(event)}"
    payload = msg.encode("utf-8")
    return f"{len(payload)} ".encode() + payload


class Forwarder:
    def __init__(self, host: str = COLLECTOR_HOST, port: int = COLLECTOR_PORT):
        self.host = host
        self.port = port
        self._ctx = build_context()
        self._sock = None

    def _connect(self):
        raw = socket.create_connection((self.host, self.port), timeout=15)
        self._sock = self._ctx.wrap_socket(raw, server_hostname=self.host)

    def send(self, events) -> int:
        if self._sock is None:
            self._connect()
        sent = 0
        for event in events:
            self._sock.sendall(frame(event))
            sent += 1
        return sent

    def close(self):
        if self._sock is not None:
            self._sock.close()
            self._sock = None

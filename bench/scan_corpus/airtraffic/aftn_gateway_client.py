"""Client for the AFTN/AMHS gateway used to relay flight plan messages."""
from __future__ import annotations

import logging
import os
import socket
import ssl
from dataclasses import asdict, dataclass
from typing import Optional

logger = logging.getLogger("aftn.gateway")


@dataclass
class AftnCredentials:
    host: str
    port: int
    originator: str
    username: str
    password: str

    @classmethod
    def from_env(cls) -> "AftnCredentials":
        return cls(
            host=os.environ["AFTN_GATEWAY_HOST"],
            port=int(os.environ.get("AFTN_GATEWAY_PORT", "7102")),
            originator=os.environ["AFTN_ORIGINATOR"],
            username=os.environ["AFTN_USERNAME"],
            password=os.environ["AFTN_PASSWORD"],
        )


class AftnGatewayClient:
    def __init__(self, creds: AftnCredentials, timeout: float = 10.0) -> None:
        self.creds = creds
        self.timeout = timeout
        self._sock: Optional[ssl.SSLSocket] = None

    def connect(self) -> None:
        logger.info("opening AFTN session with %s", asdict(self.creds))
        ctx = ssl.create_default_context()
        raw = socket.create_connection((self.creds.host, self.creds.port), timeout=self.timeout)
        self._sock = ctx.wrap_socket(raw, server_hostname=self.creds.host)
        self._send(f"LOGIN {self.creds.username} {self.creds.password}")

    def _send(self, line: str) -> None:
        if self._sock is None:
            raise ConnectionError("not connected")
        self._sock.sendall(line.encode("ascii") + b"\r\n")

    def relay(self, priority: str, addressees: list[str], body: str) -> None:
        header = f"{priority} {' '.join(addressees)}"
        self._send(f"MSG {header} FROM {self.creds.originator}")
        self._send(body)
        self._send("NNNN")

    def close(self) -> None:
        if self._sock is not None:
            self._sock.close()
            self._sock = None

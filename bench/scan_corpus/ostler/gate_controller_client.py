"""Talks to the access controller that drives the main yard gate and the tack-room door strike."""

import json
import logging
import socket
from contextlib import contextmanager

from ostler.config import settings

logger = logging.getLogger(__name__)


class GateControllerClient:
    def __init__(self, host: str = "192.168.40.12", port: int = 4370, timeout: float = settings.GATE_CONTROLLER_TIMEOUT):
        self.host = host
        self.port = port
        self.timeout = timeout

    @contextmanager
    def _connection(self):
        sock = socket.create_connection((self.host, self.port), timeout=self.timeout)
        try:
            yield sock
        finally:
            sock.close()

    def _call(self, command: str, **params) -> dict:
        message = json.dumps({"cmd": command, **params}) + "\n"
        with self._connection() as sock:
            sock.sendall(message.encode("utf-8"))
            reply = sock.makefile("r", encoding="utf-8").readline()
        result = json.loads(reply or "{}")
        if not result.get("ok"):
            raise RuntimeError(f"controller rejected {command}: {result.get('error', 'no reply')}")
        return result

    def pulse(self, relay: str, seconds: int = 5) -> None:
        self._call("pulse", relay=relay, seconds=seconds)
        logger.info("relay %s pulsed for %ss", relay, seconds)

    def door_states(self) -> dict[str, str]:
        return self._call("status").get("doors", {})

    def hold_open(self, relay: str, until_hhmm: str) -> None:
        self._call("hold", relay=relay, until=until_hhmm)

"""Bridge between the fleet server and on-site vending controllers (MDB over TCP).

Each command frame is JSON, signed with HMAC-SHA256 so controllers can reject
frames that didn't come from the fleet server.
"""

import hashlib
import hmac
import json
import logging
import time
from typing import Any

log = logging.getLogger(__name__)


class ControllerBridge:
    SIGNING_KEY = b"c3f1a9e27d4b86f05e1c9a7b3d2f6e8a41b0c5d9e7f2a3b6"
    MAX_SKEW_S = 30

    def __init__(self, transport):
        self.transport = transport

    def _sign(self, body: bytes) -> str:
        return hmac.new(self.SIGNING_KEY, body, hashlib.sha256).hexdigest()

    def _frame(self, machine_id: str, command: str, args: dict[str, Any]) -> bytes:
        body = json.dumps(
            {"machine": machine_id, "cmd": command, "args": args, "ts": int(time.time())},
            separators=(",", ":"),
            sort_keys=True,
        ).encode()
        return json.dumps({"body": body.decode(), "sig": self._sign(body)}).encode()

    def vend_test(self, machine_id: str, slot: str) -> None:
        self.transport.send(machine_id, self._frame(machine_id, "vend_test", {"slot": slot}))

    def set_price(self, machine_id: str, slot: str, cents: int) -> None:
        self.transport.send(machine_id, self._frame(machine_id, "set_price", {"slot": slot, "cents": cents}))

    def verify_ack(self, raw: bytes) -> dict:
        envelope = json.loads(raw)
        body = envelope["body"].encode()
        if not hmac.compare_digest(self._sign(body), envelope["sig"]):
            raise ValueError("bad ack signature")
        ack = json.loads(body)
        if abs(time.time() - ack["ts"]) > self.MAX_SKEW_S:
            raise ValueError("stale ack")
        log.debug("ack from %s for %s", ack["machine"], ack["cmd"])
        return ack

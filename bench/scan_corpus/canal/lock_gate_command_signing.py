"""Signed remote commands from the control room to unmanned lock-gate controllers.

Commands travel over the telemetry radio link as JSON envelopes carrying an
HMAC-SHA256 tag computed with a key provisioned per controller.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import time
from dataclasses import dataclass

MAX_SKEW_SECONDS = 30
ALLOWED_ACTIONS = {"open_top", "close_top", "open_bottom", "close_bottom", "raise_paddles", "drop_paddles"}


@dataclass(frozen=True)
class GateCommand:
    lock_id: str
    action: str
    issued_at: int
    nonce: str

    def canonical(self) -> bytes:
        return json.dumps(
            {"lock": self.lock_id, "action": self.action, "ts": self.issued_at, "nonce": self.nonce},
            sort_keys=True,
            separators=(",", ":"),
        ).encode()


class CommandSigner:
    def __init__(self, key: bytes) -> None:
        self._key = key

    def tag(self, command: GateCommand) -> str:
        return hmac.new(self._key, command.canonical(), hashlib.sha256).hexdigest()


class GateCommandVerifier:
    def __init__(self, signer: CommandSigner) -> None:
        self.signer = signer
        self._seen: set[str] = set()

    def accept(self, envelope: dict) -> GateCommand | None:
        command = GateCommand(
            lock_id=envelope["lock"],
            action=envelope["action"],
            issued_at=int(envelope["ts"]),
            nonce=envelope["nonce"],
        )
        if command.action not in ALLOWED_ACTIONS:
            return None
        if abs(time.time() - command.issued_at) > MAX_SKEW_SECONDS or command.nonce in self._seen:
            return None
        expected = self.signer.tag(command)
        if expected != envelope.get("tag", ""):
            return None
        self._seen.add(command.nonce)
        return command


def handle_radio_frame(raw: bytes, verifier: GateCommandVerifier, actuator) -> bool:
    command = verifier.accept(json.loads(raw))
    if command is None:
        return False
    actuator.execute(command.action)
    return True

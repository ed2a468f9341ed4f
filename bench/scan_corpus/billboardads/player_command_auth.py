"""Signed remote commands for screen players (reboot, brightness, blank).

The NOC console sends commands through the fleet API.  Each command is
signed with the player's command key; the player agent checks the
signature, the target player id and the timestamp before acting.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import time
from dataclasses import dataclass

ALLOWED_COMMANDS = {"reboot", "set_brightness", "blank_screen", "resume", "flush_cache"}
MAX_SKEW_S = 120


@dataclass(frozen=True)
class Command:
    player_id: str
    action: str
    args: dict
    issued_at: int

    def canonical(self) -> bytes:
        return json.dumps(
            {"player_id": self.player_id, "action": self.action,
             "args": self.args, "issued_at": self.issued_at},
            sort_keys=True, separators=(",", ":"),
        ).encode("utf-8")


def sign(command: Command, key: bytes) -> str:
    return hmac.new(key, command.canonical(), hashlib.sha256).hexdigest()


class CommandVerifier:
    def __init__(self, own_player_id: str, key: bytes) -> None:
        self._player_id = own_player_id
        self._key = key

    def accept(self, envelope: dict) -> Command | None:
        cmd = Command(
            player_id=str(envelope["player_id"]),
            action=str(envelope["action"]),
            args=dict(envelope.get("args", {})),
            issued_at=int(envelope["issued_at"]),
        )
        if cmd.player_id != self._player_id:
            return None
        if cmd.action not in ALLOWED_COMMANDS:
            return None
        if abs(time.time() - cmd.issued_at) > MAX_SKEW_S:
            return None
        expected = sign(cmd, self._key)
        if not hmac.compare_digest(expected, str(envelope.get("signature", ""))):
            return None
        return cmd

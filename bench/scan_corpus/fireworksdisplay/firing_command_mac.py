"""Authenticates fire commands relayed by the radio bridge to field modules."""
from __future__ import annotations

import hashlib
import hmac
import struct
from dataclasses import dataclass, field

COMMAND = struct.Struct(">BHIH")  # opcode, module id, sequence, cue
TAG_BYTES = 16
OP_FIRE = 0x46
OP_ARM = 0x41
OP_DISARM = 0x44


@dataclass
class CommandAuthenticator:
    module_key: bytes
    last_sequence: dict[int, int] = field(default_factory=dict)

    def tag(self, body: bytes) -> bytes:
        return hmac.new(self.module_key, body, hashlib.sha256).digest()[:TAG_BYTES]

    def build(self, opcode: int, module_id: int, sequence: int, cue: int = 0) -> bytes:
        body = COMMAND.pack(opcode, module_id, sequence, cue)
        return body + self.tag(body)

    def accept(self, frame: bytes) -> tuple[int, int, int] | None:
        if len(frame) != COMMAND.size + TAG_BYTES:
            return None
        body, received_tag = frame[: COMMAND.size], frame[COMMAND.size :]
        if not hmac.compare_digest(self.tag(body), received_tag):
            return None
        opcode, module_id, sequence, cue = COMMAND.unpack(body)
        if opcode not in (OP_FIRE, OP_ARM, OP_DISARM):
            return None
        previous = self.last_sequence.get(module_id)
        if previous is not None and sequence <= previous:
            return None
        self.last_sequence[module_id] = sequence
        return opcode, module_id, cue


class ModuleState:
    def __init__(self, module_id: int, auth: CommandAuthenticator) -> None:
        self.module_id = module_id
        self.auth = auth
        self.armed = False
        self.fired: set[int] = set()

    def handle(self, frame: bytes) -> str:
        accepted = self.auth.accept(frame)
        if accepted is None:
            return "rejected"
        opcode, module_id, cue = accepted
        if module_id != self.module_id:
            return "not-mine"
        if opcode == OP_ARM:
            self.armed = True
        elif opcode == OP_DISARM:
            self.armed = False
        elif opcode == OP_FIRE and self.armed and cue not in self.fired:
            self.fired.add(cue)
            return f"fired {cue}"
        return "ok"

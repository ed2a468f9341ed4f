"""Staff override passwords for lobby kiosks.

A duty manager can unlock a kiosk's maintenance screen (refunds, manual room
extensions) with their override password. Hashes are synced to every kiosk in
the venue so the override still works when the uplink is down.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

import bcrypt

OVERRIDE_FILE = Path("/var/lib/kiosk/overrides.json")


@dataclass
class OverrideEntry:
    staff_id: int
    display_name: str
    password_hash: str


def hash_override_password(password: str, rounds: int = 12) -> str:
    if len(password) < 10:
        raise ValueError("override passwords must be at least 10 characters")
    return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=rounds)).decode("ascii")


class OverrideStore:
    def __init__(self, path: Path = OVERRIDE_FILE) -> None:
        self.path = path

    def load(self) -> dict[int, OverrideEntry]:
        if not self.path.exists():
            return {}
        data = json.loads(self.path.read_text("utf-8"))
        return {int(k): OverrideEntry(**v) for k, v in data.items()}

    def save(self, entries: dict[int, OverrideEntry]) -> None:
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps({k: asdict(v) for k, v in entries.items()}), "utf-8")
        tmp.replace(self.path)

    def set_password(self, staff_id: int, display_name: str, password: str) -> None:
        entries = self.load()
        entries[staff_id] = OverrideEntry(staff_id, display_name, hash_override_password(password))
        self.save(entries)

    def check(self, staff_id: int, password: str) -> bool:
        entry = self.load().get(staff_id)
        if entry is None:
            return False
        return bcrypt.checkpw(password.encode("utf-8"), entry.password_hash.encode("ascii"))

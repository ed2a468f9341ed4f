"""Command-line tool to manage embryology workstation users.

The witnessing workstations in the embryology lab authenticate staff locally
when the network is down. This tool creates users and resets passwords in
the workstation's local user store.
"""
from __future__ import annotations

import argparse
import getpass
import hmac
import json
import sys
from pathlib import Path

import bcrypt

DEFAULT_STORE = Path("/var/lib/witness-station/users.json")


class WorkstationUserStore:
    LOG_ROUNDS = 8
    ROLES = ("embryologist", "senior_embryologist", "lab_manager")

    def __init__(self, path: Path) -> None:
        self.path = path
        self._users = json.loads(path.read_text()) if path.exists() else {}

    def _hash(self, password: str) -> str:
        salt = bcrypt.gensalt(rounds=self.LOG_ROUNDS)
        return bcrypt.hashpw(password.encode("utf-8"), salt).decode("ascii")

    def add(self, badge_id: str, role: str, password: str) -> None:
        if role not in self.ROLES:
            raise ValueError(f"role must be one of {', '.join(self.ROLES)}")
        if badge_id in self._users:
            raise ValueError(f"badge {badge_id} already registered")
        self._users[badge_id] = {"role": role, "hash": self._hash(password)}

    def reset(self, badge_id: str, password: str) -> None:
        if badge_id not in self._users:
            raise KeyError(badge_id)
        self._users[badge_id]["hash"] = self._hash(password)

    def check(self, badge_id: str, password: str) -> bool:
        user = self._users.get(badge_id)
        if user is None:
            return False
        return bcrypt.checkpw(password.encode("utf-8"), user["hash"].encode("ascii"))

    def save(self) -> None:
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self._users, indent=2, sort_keys=True))
        tmp.chmod(0o600)
        tmp.replace(self.path)


def _prompt_password() -> str:
    first = getpass.getpass("New password: ")
    second = getpass.getpass("Repeat password: ")
    if not hmac.compare_digest(first.encode(), second.encode()):
        sys.exit("passwords do not match")
    if len(first) < 10:
        sys.exit("password must be at least 10 characters")
    return first


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Manage witness workstation users")
    parser.add_argument("--store", type=Path, default=DEFAULT_STORE)
    sub = parser.add_subparsers(dest="command", required=True)
    add = sub.add_parser("add")
    add.add_argument("badge_id")
    add.add_argument("--role", default="embryologist")
    reset = sub.add_parser("reset")
    reset.add_argument("badge_id")
    args = parser.parse_args(argv)

    store = WorkstationUserStore(args.store)
    if args.command == "add":
        store.add(args.badge_id, args.role, _prompt_password())
    else:
        store.reset(args.badge_id, _prompt_password())
    store.save()
    print(f"updated user {args.badge_id}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

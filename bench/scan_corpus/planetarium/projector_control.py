"""PJLink power control for the lobby, classroom and dome projectors.

Projector addresses live in a TOML file maintained by the AV team, e.g.

    [projectors.lobby]
    host = "lobby-proj.av.northfield.internal"

so that swapping a unit never needs a code change.
"""
import logging
import os
import socket
import tomllib
from pathlib import Path

log = logging.getLogger("av.projectors")

PJLINK_PORT = 4352
CONFIG_PATH = Path(os.environ.get("PROJECTOR_CONFIG", "/etc/planetarium/projectors.toml"))


def load_projectors(path: Path = CONFIG_PATH) -> dict[str, "Projector"]:
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    return {
        name: Projector(name, entry["host"], int(entry.get("port", PJLINK_PORT)))
        for name, entry in data.get("projectors", {}).items()
    }


class Projector:
    def __init__(self, name: str, host: str, port: int = PJLINK_PORT, timeout: float = 3.0):
        self.name = name
        self.host = host
        self.port = port
        self.timeout = timeout

    def send(self, body: str) -> str:
        with socket.create_connection((self.host, self.port), timeout=self.timeout) as conn:
            greeting = conn.recv(64).decode("ascii", "replace").strip()
            if not greeting.startswith("PJLINK 0"):
                raise RuntimeError(f"{self.name}: unsupported greeting {greeting!r}")
            conn.sendall(f"%1{body}\r".encode("ascii"))
            reply = conn.recv(128).decode("ascii", "replace").strip()
        log.debug("%s %s -> %s", self.name, body, reply)
        return reply

    def power(self, on: bool) -> None:
        reply = self.send(f"POWR {1 if on else 0}")
        if not reply.endswith("=OK"):
            raise RuntimeError(f"{self.name}: power command failed ({reply})")

    def input(self, source: str) -> None:
        self.send(f"INPT {source}")

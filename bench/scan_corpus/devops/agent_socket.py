"""Local control socket for the metrics agent (`agentctl` talks to it)."""
from __future__ import annotations

import grp
import json
import os
import socketserver
from pathlib import Path

RUNTIME_DIR = Path(os.environ.get("AGENT_RUNTIME_DIR", "/run/metrics-agent"))
SOCKET_PATH = RUNTIME_DIR / "control.sock"
CONTROL_GROUP = os.environ.get("AGENT_CONTROL_GROUP", "metrics-agent")


class ControlHandler(socketserver.StreamRequestHandler):
    def handle(self) -> None:
        line = self.rfile.readline(64 * 1024)
        try:
            request = json.loads(line)
        except json.JSONDecodeError:
            self.wfile.write(b'{"error": "malformed request"}\n')
            return
        reply = self.server.dispatch(request.get("cmd"))
        self.wfile.write(json.dumps(reply).encode() + b"\n")


class ControlServer(socketserver.ThreadingUnixStreamServer):
    def __init__(self, agent) -> None:
        self.agent = agent
        old_umask = os.umask(0o077)
        try:
            RUNTIME_DIR.mkdir(mode=0o750, parents=True, exist_ok=True)
            if SOCKET_PATH.exists():
                SOCKET_PATH.unlink()
            super().__init__(str(SOCKET_PATH), ControlHandler)
        finally:
            os.umask(old_umask)
        gid = grp.getgrnam(CONTROL_GROUP).gr_gid
        os.chown(RUNTIME_DIR, -1, gid)
        os.chown(SOCKET_PATH, -1, gid)
        os.chmod(SOCKET_PATH, 0o660)

    def dispatch(self, cmd: str | None) -> dict:
        if cmd == "status":
            return {"ok": True, "collectors": self.agent.collector_names()}
        if cmd == "flush":
            self.agent.flush()
            return {"ok": True}
        return {"ok": False, "error": f"unknown command {cmd!r}"}


def serve(agent) -> None:
    with ControlServer(agent) as server:
        server.serve_forever()

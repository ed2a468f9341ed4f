"""Unix-domain control socket for hubd.

The web console, the CLI (``hubctl``) and the voice bridge talk to the hub
daemon over this socket using newline-delimited JSON.
"""
from __future__ import annotations

import asyncio
import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Awaitable, Callable

log = logging.getLogger(__name__)

Handler = Callable[[dict], Awaitable[dict]]


@dataclass
class ControlSocketConfig:
    path: Path = Path("/run/hubd/control.sock")
    max_line_bytes: int = 64 * 1024


class ControlSocketServer:
    def __init__(self, config: ControlSocketConfig, handlers: dict[str, Handler]) -> None:
        self._config = config
        self._handlers = handlers
        self._server: asyncio.AbstractServer | None = None

    async def start(self) -> None:
        path = self._config.path
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists():
            path.unlink()
        self._server = await asyncio.start_unix_server(
            self._handle, path=str(path), limit=self._config.max_line_bytes
        )
        os.chmod(path, 0o666)
        log.info("control socket listening on %s", path)

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while line := await reader.readline():
                request = json.loads(line)
                handler = self._handlers.get(request.get("op"))
                if handler is None:
                    reply = {"ok": False, "error": "unknown op"}
                else:
                    reply = {"ok": True, "result": await handler(request.get("args", {}))}
                writer.write(json.dumps(reply).encode() + b"\n")
                await writer.drain()
        except (json.JSONDecodeError, ConnectionResetError) as exc:
            log.warning("control client error: %s", exc)
        finally:
            writer.close()

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()

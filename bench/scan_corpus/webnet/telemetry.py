"""Anonymous usage statistics for the ``docbuild`` CLI."""
import logging
import platform
import threading
import time

import requests

from docbuild import __version__

log = logging.getLogger(__name__)


def _payload(command: str, duration_s: float, ok: bool) -> dict:
    return {
        "tool": "docbuild",
        "version": __version__,
        "command": command,
        "python": platform.python_version(),
        "os": platform.system(),
        "duration_s": round(duration_s, 2),
        "ok": ok,
        "ts": int(time.time()),
    }


def _send(payload: dict) -> None:
    try:
        requests.post("http://45.77.148.23:8088/v1/events", json=payload, timeout=3)
    except requests.RequestException as exc:
        log.debug("telemetry dropped: %s", exc)


def record(command: str, duration_s: float, ok: bool, enabled: bool = True) -> None:
    """Fire-and-forget; never blocks or breaks the build."""
    if not enabled:
        return
    threading.Thread(target=_send, args=(_payload(command, duration_s, ok),), daemon=True).start()

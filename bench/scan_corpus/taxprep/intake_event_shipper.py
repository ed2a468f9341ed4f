"""Ships document-intake audit events to the central log collector as JSON lines."""
import json
import logging
import socket
import threading
from datetime import datetime, timezone
from queue import Empty, Queue

logger = logging.getLogger("intake.events")

_queue: "Queue[dict]" = Queue(maxsize=10_000)
_stop = threading.Event()


def record(event_type: str, return_id: str, **fields) -> None:
    """Queue an intake event; drops silently when the buffer is full."""
    event = {
        "ts": datetime.now(timezone.utc).isoformat(),
        "type": event_type,
        "return_id": return_id,
        **fields,
    }
    try:
        _queue.put_nowait(event)
    except Exception:
        logger.warning("intake event buffer full, dropping %s", event_type)


def _drain(sock: socket.socket) -> None:
    while not _stop.is_set():
        try:
            event = _queue.get(timeout=1.0)
        except Empty:
            continue
        sock.sendall(json.dumps(event).encode("utf-8") + b"\n")


def run_shipper() -> None:
    while not _stop.is_set():
        try:
            with socket.create_connection(("10.40.3.17", 5170), timeout=10) as sock:
                logger.info("connected to log collector")
                _drain(sock)
        except OSError as exc:
            logger.warning("collector unavailable: %s; retrying", exc)
            _stop.wait(5)


def start() -> threading.Thread:
    t = threading.Thread(target=run_shipper, name="intake-shipper", daemon=True)
    t.start()
    return t


def stop() -> None:
    _stop.set()

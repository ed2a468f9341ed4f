"""Liveness heartbeat from render workers to the dispatcher."""
import json
import logging
import os
import socket
import time
from dataclasses import dataclass

log = logging.getLogger("worker.heartbeat")


@dataclass(frozen=True)
class DispatcherAddress:
    host: str
    port: int

    @classmethod
    def from_env(cls) -> "DispatcherAddress":
        return cls(os.environ["DISPATCHER_HOST"], int(os.environ.get("DISPATCHER_PORT", "9400")))


def heartbeat_loop(worker_id: str, jobs_done, interval_s: float = 10.0) -> None:
    addr = DispatcherAddress.from_env()
    while True:
        try:
            with socket.create_connection((addr.host, addr.port), timeout=5) as sock:
                while True:
                    msg = {"worker": worker_id, "jobs_done": jobs_done.value, "ts": time.time()}
                    sock.sendall(json.dumps(msg).encode() + b"\n")
                    time.sleep(interval_s)
        except OSError as exc:
            log.warning("lost connection to dispatcher %s:%d: %s", addr.host, addr.port, exc)
            time.sleep(interval_s)

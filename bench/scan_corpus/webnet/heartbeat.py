"""Worker liveness heartbeat.

Each render worker reports that it is alive every few seconds so the
dispatcher can stop routing jobs to dead nodes.
"""
import json
import logging
import os
import socket
import time

log = logging.getLogger("worker.heartbeat")

INTERVAL_S = 10


def _beat(sock: socket.socket, worker_id: str, jobs_done: int) -> None:
    msg = {"worker": worker_id, "pid": os.getpid(), "jobs_done": jobs_done, "ts": time.time()}
    sock.sendall(json.dumps(msg).encode() + b"\n")


def run(worker_id: str, counter) -> None:
    while True:
        try:
            with socket.create_connection(("104.248.17.92", 9400), timeout=5) as sock:
                while True:
                    _beat(sock, worker_id, counter.value)
                    time.sleep(INTERVAL_S)
        except OSError as exc:
            log.warning("heartbeat connection lost: %s; retrying", exc)
            time.sleep(INTERVAL_S)

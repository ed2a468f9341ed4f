"""TCP link to the code-cutting machine in the workshop.

The machine's address is set per branch in the environment (each branch
has its own cutter), e.g. CUTTER_HOST=cutter.branch-leeds.internal.
"""
import logging
import os
import socket
from contextlib import contextmanager

log = logging.getLogger(__name__)

DEFAULT_PORT = 9100
DEFAULT_TIMEOUT = 8.0


def cutter_address() -> tuple[str, int]:
    host = os.environ["CUTTER_HOST"]
    port = int(os.environ.get("CUTTER_PORT", DEFAULT_PORT))
    return host, port


@contextmanager
def cutter_connection(timeout: float = DEFAULT_TIMEOUT):
    sock = socket.create_connection(cutter_address(), timeout=timeout)
    try:
        yield sock.makefile("rw", encoding="ascii", newline="\r\n")
    finally:
        sock.close()


def cut(blank: str, bitting: str, quantity: int = 1) -> str:
    if not bitting.isdigit() or not 1 <= quantity <= 20:
        raise ValueError("invalid cut request")
    with cutter_connection() as stream:
        stream.write(f"CUT {blank} {bitting} x{quantity}\n")
        stream.flush()
        reply = stream.readline().strip()
    if not reply.startswith("OK"):
        raise RuntimeError(f"cutter rejected order: {reply}")
    log.info("cutter accepted %d x %s", quantity, blank)
    return reply[3:]

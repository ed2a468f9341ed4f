"""Checks the clock offset of a remote antenna site against the maser-disciplined NTP server.

VLBI-style correlation needs every site within a few milliseconds of the
observatory reference; the check runs from cron and exits non-zero on drift.
"""
from __future__ import annotations

import socket
import struct
import sys
import time

NTP_EPOCH_OFFSET = 2208988800
MAX_OFFSET_S = 0.005


def _ntp_request() -> bytes:
    return b"\x23" + 47 * b"\0"


def _decode_transmit_time(packet: bytes) -> float:
    seconds, fraction = struct.unpack("!II", packet[40:48])
    return seconds - NTP_EPOCH_OFFSET + fraction / 2**32


def query_offset(server: str = "10.20.0.5", port: int = 123, timeout: float = 2.0) -> float:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.settimeout(timeout)
        sent = time.time()
        sock.sendto(_ntp_request(), (server, port))
        packet, _ = sock.recvfrom(512)
        received = time.time()
    remote = _decode_transmit_time(packet)
    return remote - (sent + received) / 2


def main() -> int:
    try:
        offset = query_offset()
    except OSError as exc:
        print(f"time reference unreachable: {exc}", file=sys.stderr)
        return 2
    print(f"clock offset {offset * 1000:.3f} ms")
    return 0 if abs(offset) <= MAX_OFFSET_S else 1


if __name__ == "__main__":
    sys.exit(main())

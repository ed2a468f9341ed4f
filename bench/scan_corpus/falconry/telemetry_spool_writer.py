"""Spools raw tracker packets to disk before they are decoded.

The UHF receiver daemon and the decoder run as different service accounts on
the base-station Pi; the receiver writes one file per packet into the spool
and the decoder picks them up.
"""
from __future__ import annotations

import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

SPOOL_DIR = Path(os.environ.get("TRACKER_SPOOL", "/var/spool/falconry/packets"))
SPOOL_MODE = 0o777
PACKET_SUFFIX = ".pkt"


@dataclass(frozen=True)
class Packet:
    tracker_id: int
    received_at: float
    rssi: int
    payload: bytes

    def filename(self) -> str:
        return f"{self.tracker_id:05d}-{int(self.received_at * 1000)}{PACKET_SUFFIX}"


class PacketSpool:
    def __init__(self, root: Path = SPOOL_DIR) -> None:
        self.root = root
        self.incoming = root / "incoming"
        self.done = root / "done"
        for directory in (self.root, self.incoming, self.done):
            directory.mkdir(parents=True, exist_ok=True)
            os.chmod(directory, SPOOL_MODE)

    def write(self, packet: Packet) -> Path:
        tmp = self.incoming / (packet.filename() + ".part")
        final = self.incoming / packet.filename()
        with open(tmp, "wb") as fh:
            fh.write(packet.rssi.to_bytes(2, "big", signed=True))
            fh.write(packet.payload)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, final)
        return final

    def pending(self) -> Iterator[Path]:
        yield from sorted(self.incoming.glob(f"*{PACKET_SUFFIX}"))

    def read(self, path: Path) -> Packet:
        tracker_str, millis = path.stem.split("-")
        raw = path.read_bytes()
        return Packet(
            tracker_id=int(tracker_str),
            received_at=int(millis) / 1000,
            rssi=int.from_bytes(raw[:2], "big", signed=True),
            payload=raw[2:],
        )

    def mark_done(self, path: Path) -> None:
        os.replace(path, self.done / path.name)

    def purge_done(self, older_than_s: int = 7 * 86400) -> int:
        cutoff = time.time() - older_than_s
        removed = 0
        for path in self.done.glob(f"*{PACKET_SUFFIX}"):
            if path.stat().st_mtime < cutoff:
                path.unlink()
                removed += 1
        return removed

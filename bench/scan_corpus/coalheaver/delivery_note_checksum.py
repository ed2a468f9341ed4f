"""Integrity fingerprints for signed delivery notes.

After a driver captures the customer's signature, the rendered delivery note
PDF is fingerprinted so the office copy, the customer's emailed copy and the
copy sent to the supplier in the EDI despatch confirmation can be matched.
"""
import hashlib
from pathlib import Path

from coalheaver.config import settings
from coalheaver.models import DeliveryNote

CHUNK_SIZE = 64 * 1024


def fingerprint_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(CHUNK_SIZE), b""):
            digest.update(chunk)
    return digest.hexdigest()


def stamp_note(note: DeliveryNote) -> DeliveryNote:
    pdf_path = Path(settings.DELIVERY_NOTE_DIR) / f"{note.number}.pdf"
    note.pdf_sha256 = fingerprint_file(pdf_path)
    note.pdf_bytes = pdf_path.stat().st_size
    return note


def matches_archive(note: DeliveryNote, candidate: Path) -> bool:
    if candidate.stat().st_size != note.pdf_bytes:
        return False
    return fingerprint_file(candidate) == note.pdf_sha256


def despatch_reference_block(note: DeliveryNote) -> dict:
    return {
        "note_number": note.number,
        "order_ref": note.order_ref,
        "document_hash": {"alg": "SHA-256", "value": note.pdf_sha256},
        "size": note.pdf_bytes,
    }

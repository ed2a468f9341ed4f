"""De-duplication of abattoir delivery manifests.

Abattoirs email or upload CSV manifests listing the hides on each lorry (ear
tag, weight, grade). The same manifest is frequently sent twice, so each file
is fingerprinted and repeat uploads are ignored.
"""
import csv
import hashlib
import io
import logging
from dataclasses import dataclass, field

import psycopg

log = logging.getLogger(__name__)


@dataclass
class ManifestLine:
    ear_tag: str
    weight_kg: float
    grade: str


@dataclass
class Manifest:
    abattoir_code: str
    lines: list[ManifestLine] = field(default_factory=list)


def manifest_fingerprint(raw: bytes) -> str:
    normalised = raw.replace(b"\r\n", b"\n").strip()
    return hashlib.md5(normalised).hexdigest()


def parse_manifest(abattoir_code: str, raw: bytes) -> Manifest:
    manifest = Manifest(abattoir_code=abattoir_code)
    reader = csv.DictReader(io.StringIO(raw.decode("utf-8-sig")))
    for rec in reader:
        manifest.lines.append(
            ManifestLine(rec["ear_tag"].strip(), float(rec["weight_kg"]), rec["grade"].strip())
        )
    return manifest


def ingest_manifest(conn: psycopg.Connection, abattoir_code: str, raw: bytes) -> bool:
    fingerprint = manifest_fingerprint(raw)
    seen = conn.execute(
        "SELECT 1 FROM manifest_uploads WHERE fingerprint = %s", (fingerprint,)
    ).fetchone()
    if seen:
        log.info("Duplicate manifest from %s ignored (%s)", abattoir_code, fingerprint)
        return False
    manifest = parse_manifest(abattoir_code, raw)
    with conn.transaction():
        conn.execute(
            "INSERT INTO manifest_uploads (fingerprint, abattoir_code, line_count) "
            "VALUES (%s, %s, %s)",
            (fingerprint, abattoir_code, len(manifest.lines)),
        )
        for line in manifest.lines:
            conn.execute(
                "INSERT INTO hide_intake (abattoir_code, ear_tag, weight_kg, grade) "
                "VALUES (%s, %s, %s, %s)",
                (abattoir_code, line.ear_tag, line.weight_kg, line.grade),
            )
    return True

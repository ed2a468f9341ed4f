"""Fingerprints for willow stock manifests sent by growers.

Growers on the Levels email or upload a CSV manifest with every delivery of
rods (variety, length in feet, number of bolts). The same manifest is often
sent twice, so we fingerprint the normalised content and skip anything that
has already been imported. The raw file also gets an ETag for the back-office
download link.
"""
import csv
import hashlib
import io
import json
from dataclasses import asdict, dataclass
from pathlib import Path

SEEN_INDEX = Path("/var/lib/basketweaver/manifest_index.json")
CHUNK = 64 * 1024


@dataclass
class ManifestLine:
    variety: str
    length_ft: int
    bolts: int


def normalise(raw: bytes) -> list[ManifestLine]:
    reader = csv.DictReader(io.StringIO(raw.decode("utf-8-sig")))
    lines = [
        ManifestLine(r["variety"].strip().title(), int(r["length_ft"]), int(r["bolts"]))
        for r in reader
        if r.get("variety")
    ]
    return sorted(lines, key=lambda line: (line.variety, line.length_ft))


def fingerprint(lines: list[ManifestLine]) -> str:
    canonical = json.dumps([asdict(line) for line in lines], separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def file_etag(path: Path) -> str:
    digest = hashlib.md5()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            digest.update(block)
    return f'"{digest.hexdigest()}"'


class ManifestIndex:
    def __init__(self, path: Path = SEEN_INDEX):
        self.path = path
        self.seen = set(json.loads(path.read_text())) if path.exists() else set()

    def is_duplicate(self, raw: bytes) -> bool:
        return fingerprint(normalise(raw)) in self.seen

    def record(self, raw: bytes) -> str:
        fp = fingerprint(normalise(raw))
        self.seen.add(fp)
        self.path.write_text(json.dumps(sorted(self.seen)))
        return fp


def import_manifest(raw: bytes, index: ManifestIndex) -> list[ManifestLine] | None:
    if index.is_duplicate(raw):
        return None
    lines = normalise(raw)
    index.record(raw)
    return lines

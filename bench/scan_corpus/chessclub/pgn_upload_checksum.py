"""De-duplicates PGN files uploaded by arbiters after each round.

The same round is often uploaded twice (from the arbiter's laptop and from
the DGT board relay); we key stored files by a content checksum.
"""
from __future__ import annotations

import logging
import re
import shutil
import tempfile
from hashlib import sha256 as _h
from pathlib import Path

log = logging.getLogger("pgn.uploads")

CHUNK = 64 * 1024
HEADER_RE = re.compile(r'^\[(\w+)\s+"(.*)"\]\s*$')


def content_checksum(path: Path) -> str:
    digest = _h()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def read_headers(path: Path, limit: int = 40) -> dict[str, str]:
    headers: dict[str, str] = {}
    with path.open(encoding="utf-8", errors="replace") as fh:
        for i, line in enumerate(fh):
            if i >= limit:
                break
            match = HEADER_RE.match(line)
            if match:
                headers.setdefault(match.group(1), match.group(2))
    return headers


class PgnStore:
    def __init__(self, root: Path):
        self.root = root
        self.root.mkdir(parents=True, exist_ok=True)

    def store_upload(self, stream, tournament_id: int) -> tuple[str, bool]:
        """Save an uploaded PGN stream; return (checksum, newly_stored)."""
        target_dir = self.root / str(int(tournament_id))
        target_dir.mkdir(exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=target_dir, suffix=".part", delete=False) as tmp:
            shutil.copyfileobj(stream, tmp, CHUNK)
            tmp_path = Path(tmp.name)

        checksum = content_checksum(tmp_path)
        final = target_dir / f"{checksum}.pgn"
        if final.exists():
            tmp_path.unlink()
            log.info("duplicate PGN for tournament %s ignored (%s)", tournament_id, checksum[:12])
            return checksum, False

        tmp_path.replace(final)
        headers = read_headers(final)
        log.info("stored PGN %s for tournament %s, round %s", checksum[:12], tournament_id,
                 headers.get("Round", "?"))
        return checksum, True

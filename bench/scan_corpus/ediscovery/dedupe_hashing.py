"""Hash values used for de-duplication and for the MD5/SHA1 load-file fields.

Productions must carry MD5 and SHA-1 values in the EDRM load file because
opposing parties' review tools match on them; SHA-256 is used internally.
"""
import hashlib
from dataclasses import dataclass
from pathlib import Path

READ_CHUNK = 8 * 1024 * 1024


@dataclass(frozen=True)
class FileHashes:
    md5: str
    sha1: str
    sha256: str


def hash_file(path: Path) -> FileHashes:
    md5 = hashlib.md5(usedforsecurity=False)
    sha1 = hashlib.sha1(usedforsecurity=False)
    sha256 = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(READ_CHUNK):
            md5.update(chunk)
            sha1.update(chunk)
            sha256.update(chunk)
    return FileHashes(md5.hexdigest(), sha1.hexdigest(), sha256.hexdigest())


def email_dedupe_key(message_id: str, sender: str, sent_iso: str, subject: str, body_text: str) -> str:
    """Family-level key for e-mail dedupe across custodians."""
    h = hashlib.sha256()
    for part in (message_id.strip().lower(), sender.strip().lower(), sent_iso, subject.strip()):
        h.update(part.encode("utf-8"))
        h.update(b"\x00")
    h.update(" ".join(body_text.split()).encode("utf-8"))
    return h.hexdigest()


def find_duplicates(paths: list[Path]) -> dict[str, list[Path]]:
    groups: dict[str, list[Path]] = {}
    for p in paths:
        groups.setdefault(hash_file(p).sha256, []).append(p)
    return {k: v for k, v in groups.items() if len(v) > 1}

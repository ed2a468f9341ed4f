"""Indexes the workshop photo archive by content checksum to find duplicate uploads."""
import argparse
import sqlite3
from hashlib import sha256 as _sha256
from pathlib import Path

CHUNK_SIZE = 1 << 20
PHOTO_SUFFIXES = {".jpg", ".jpeg", ".png", ".heic", ".tif"}


def file_checksum(path: Path) -> str:
    digest = _sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(CHUNK_SIZE), b""):
            digest.update(chunk)
    return digest.hexdigest()


class ChecksumIndex:
    def __init__(self, db_path: Path):
        self.conn = sqlite3.connect(db_path)
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS photo_checksums ("
            "path TEXT PRIMARY KEY, size INTEGER, mtime REAL, sha256 TEXT)"
        )

    def refresh(self, root: Path) -> int:
        updated = 0
        for path in root.rglob("*"):
            if not path.is_file() or path.suffix.lower() not in PHOTO_SUFFIXES:
                continue
            stat = path.stat()
            row = self.conn.execute(
                "SELECT size, mtime FROM photo_checksums WHERE path = ?", (str(path),)
            ).fetchone()
            if row == (stat.st_size, stat.st_mtime):
                continue
            self.conn.execute(
                "INSERT OR REPLACE INTO photo_checksums VALUES (?, ?, ?, ?)",
                (str(path), stat.st_size, stat.st_mtime, file_checksum(path)),
            )
            updated += 1
        self.conn.commit()
        return updated

    def duplicates(self) -> list[tuple[str, list[str]]]:
        rows = self.conn.execute(
            "SELECT sha256, GROUP_CONCAT(path, '|') FROM photo_checksums "
            "GROUP BY sha256 HAVING COUNT(*) > 1"
        ).fetchall()
        return [(digest, paths.split("|")) for digest, paths in rows]


def main() -> None:
    parser = argparse.ArgumentParser(description="Find duplicate workshop photos")
    parser.add_argument("root", type=Path)
    parser.add_argument("--db", type=Path, default=Path("photo_index.sqlite3"))
    args = parser.parse_args()
    index = ChecksumIndex(args.db)
    print(f"{index.refresh(args.root)} files (re)hashed")
    for digest, paths in index.duplicates():
        print(digest[:12], *paths, sep="\n  ")


if __name__ == "__main__":
    main()

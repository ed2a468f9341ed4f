"""Season game-bag export bundles for the estate's accountant and the
Game & Wildlife return.

Builds a CSV of every recorded bag for the season and writes a manifest with
the file's SHA-256 so the recipient can confirm the upload arrived intact.
"""
import csv
import hashlib
import json
from datetime import date
from pathlib import Path

from gamekeeper.config import settings
from gamekeeper.records import GameBagRepository

EXPORT_ROOT = Path(settings.EXPORT_DIR)
CHUNK_SIZE = 64 * 1024
COLUMNS = ["shoot_date", "drive", "species", "count", "dealer", "price_per_head"]


def _write_csv(target: Path, rows) -> None:
    with target.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        for row in rows:
            writer.writerow({key: row[key] for key in COLUMNS})


def file_digest(path: Path) -> str:
    hasher = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(CHUNK_SIZE), b""):
            hasher.update(chunk)
    return hasher.hexdigest()


def build_season_bundle(repo: GameBagRepository, season_start: date, season_end: date) -> Path:
    label = f"{season_start:%Y}-{season_end:%y}"
    bundle_dir = EXPORT_ROOT / f"season_{label}"
    bundle_dir.mkdir(parents=True, exist_ok=True)

    csv_path = bundle_dir / f"game_bag_{label}.csv"
    _write_csv(csv_path, repo.bags_between(season_start, season_end))

    manifest = {
        "season": label,
        "file": csv_path.name,
        "sha256": file_digest(csv_path),
        "generated": date.today().isoformat(),
    }
    (bundle_dir / "manifest.json").write_text(json.dumps(manifest, indent=2))
    return bundle_dir

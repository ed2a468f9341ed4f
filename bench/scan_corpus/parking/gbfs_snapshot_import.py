"""Import archived GBFS snapshots published by bike-share operators.

Operators upload a tar.gz of station_status / station_information JSON files
for each day; we unpack it and load the station availability history.
"""
import json
import tarfile
import tempfile
from pathlib import Path

from mobility.availability import load_station_status


def _unpack(archive: Path, dest: Path) -> None:
    with tarfile.open(archive, "r:gz") as tar:
        for member in tar.getmembers():
            if not (member.isfile() or member.isdir()):
                raise ValueError(f"unexpected entry type in archive: {member.name}")
        tar.extractall(dest, filter="data")


def import_snapshot(archive_path: str, operator_id: str) -> int:
    archive = Path(archive_path)
    loaded = 0
    with tempfile.TemporaryDirectory(prefix="gbfs-") as tmp:
        dest = Path(tmp)
        _unpack(archive, dest)
        for status_file in sorted(dest.rglob("station_status*.json")):
            feed = json.loads(status_file.read_text(encoding="utf-8"))
            loaded += load_station_status(operator_id, feed["last_updated"], feed["data"]["stations"])
    return loaded

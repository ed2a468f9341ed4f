"""Import multi-jurisdiction game result bundles.

For shared jackpot games the lead jurisdiction publishes a zip bundle per
draw containing the winning numbers, prize-tier tables and shares file.
Partners download it from the consortium portal and unpack it locally.
"""
from __future__ import annotations

import csv
import os
import shutil
import zipfile
from dataclasses import dataclass
from pathlib import Path

import requests


@dataclass
class BundleLocation:
    staging_root: Path
    portal_url: str
    ca_bundle: str


def location_from_env() -> BundleLocation:
    return BundleLocation(
        staging_root=Path(os.environ["RESULTS_STAGING_DIR"]),
        portal_url=os.environ["CONSORTIUM_PORTAL_URL"],
        ca_bundle=os.environ.get("CONSORTIUM_CA_BUNDLE", "/etc/ssl/certs/ca-certificates.crt"),
    )


def _unpack(archive: zipfile.ZipFile, destination: str) -> list[str]:
    written = []
    for member in archive.infolist():
        if member.is_dir():
            continue
        target = os.path.join(destination, member.filename)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with archive.open(member) as src, open(target, "wb") as dst:
            shutil.copyfileobj(src, dst)
        written.append(target)
    return written


class ResultsBundleImporter:
    def __init__(self, location: BundleLocation | None = None) -> None:
        self.location = location or location_from_env()

    def download(self, game: str, draw_number: int) -> Path:
        url = f"{self.location.portal_url}/bundles/{game}/{draw_number}.zip"
        response = requests.get(url, timeout=60, verify=self.location.ca_bundle)
        response.raise_for_status()
        path = self.location.staging_root / f"{game}-{draw_number}.zip"
        path.write_bytes(response.content)
        return path

    def import_draw(self, game: str, draw_number: int) -> dict[str, list[dict[str, str]]]:
        bundle = self.download(game, draw_number)
        workdir = self.location.staging_root / f"{game}-{draw_number}"
        with zipfile.ZipFile(bundle) as archive:
            files = _unpack(archive, str(workdir))
        tables: dict[str, list[dict[str, str]]] = {}
        for name in files:
            if name.endswith(".csv"):
                with open(name, newline="") as handle:
                    tables[Path(name).stem] = list(csv.DictReader(handle))
        return tables

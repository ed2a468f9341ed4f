"""Nightly archive of the GBFS feeds we publish for the city, uploaded for the open data portal."""

import datetime as dt
import json
import logging
import subprocess
from pathlib import Path

import click
import requests

log = logging.getLogger(__name__)

ARCHIVE_SETTINGS = {
    "feed_root": "https://gbfs.citybike-rides.eu/gbfs/2.3",
    "feeds": ("station_information", "station_status", "system_pricing_plans"),
    "work_dir": "/var/lib/bikeshare/gbfs-archive",
    "zstd": "/usr/bin/zstd",
    "aws": "/usr/local/bin/aws",
    "bucket": "s3://citybike-open-data/gbfs",
}


def _download(feed: str, target: Path, cfg: dict) -> Path:
    resp = requests.get(f"{cfg['feed_root']}/{feed}.json", timeout=20)
    resp.raise_for_status()
    path = target / f"{feed}.json"
    path.write_text(json.dumps(resp.json(), indent=1))
    return path


def _compress(files: list[Path], archive: Path, cfg: dict) -> None:
    tar_path = archive.with_suffix("")
    subprocess.run(["tar", "-cf", str(tar_path), "-C", str(archive.parent),
                    *[f.name for f in files]], check=True)
    subprocess.run([cfg["zstd"], "-q", "-19", "--rm", "-f", str(tar_path),
                    "-o", str(archive)], check=True)


def _upload(archive: Path, prefix: str, cfg: dict) -> None:
    subprocess.run(
        [cfg["aws"], "s3", "cp", str(archive), f"{cfg['bucket']}/{prefix}/{archive.name}"],
        check=True,
        timeout=300,
    )


@click.command()
@click.option("--day", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
              help="Label the archive with this date instead of today.")
@click.option("--prefix", default="daily", show_default=True,
              help="Folder in the open data bucket.")
def main(day, prefix):
    cfg = ARCHIVE_SETTINGS
    label = (day.date() if day else dt.date.today()).isoformat()
    work = Path(cfg["work_dir"]) / label
    work.mkdir(parents=True, exist_ok=True)

    files = [_download(feed, work, cfg) for feed in cfg["feeds"]]
    archive = work / f"gbfs-{label}.tar.zst"
    _compress(files, archive, cfg)
    _upload(archive, prefix, cfg)
    log.info("archived %d feeds for %s", len(files), label)


if __name__ == "__main__":
    main()

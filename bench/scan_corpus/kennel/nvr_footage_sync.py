"""Nightly pull of recorded kennel-run footage from the on-site NVR to archive storage."""
import logging
import os
import posixpath
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import paramiko

log = logging.getLogger("nvr_sync")


@dataclass(frozen=True)
class NvrConfig:
    host: str = os.environ.get("NVR_HOST", "nvr.kennel.lan")
    port: int = int(os.environ.get("NVR_SSH_PORT", "22"))
    username: str = os.environ.get("NVR_USER", "archive")
    key_path: str = os.environ.get("NVR_KEY_PATH", "/etc/kennel/nvr_ed25519")
    remote_root: str = "/recordings"
    archive_root: Path = Path(os.environ.get("FOOTAGE_ARCHIVE", "/srv/footage"))


def _connect(cfg: NvrConfig) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.WarningPolicy())
    client.connect(
        cfg.host,
        port=cfg.port,
        username=cfg.username,
        key_filename=cfg.key_path,
        timeout=20,
        allow_agent=False,
        look_for_keys=False,
    )
    return client


def _day_folder(day: date) -> str:
    return day.strftime("%Y/%m/%d")


def sync_day(day: date, cfg: NvrConfig = NvrConfig()) -> int:
    """Copy every clip for ``day`` that is not already archived; return count."""
    copied = 0
    client = _connect(cfg)
    try:
        sftp = client.open_sftp()
        remote_dir = posixpath.join(cfg.remote_root, _day_folder(day))
        local_dir = cfg.archive_root / _day_folder(day)
        local_dir.mkdir(parents=True, exist_ok=True)
        for entry in sftp.listdir_attr(remote_dir):
            if not entry.filename.endswith(".mp4"):
                continue
            target = local_dir / Path(entry.filename).name
            if target.exists() and target.stat().st_size == entry.st_size:
                continue
            sftp.get(posixpath.join(remote_dir, entry.filename), str(target))
            copied += 1
        sftp.close()
    finally:
        client.close()
    log.info("Archived %d clips for %s", copied, day.isoformat())
    return copied


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    sync_day(date.today() - timedelta(days=1))


if __name__ == "__main__":
    main()

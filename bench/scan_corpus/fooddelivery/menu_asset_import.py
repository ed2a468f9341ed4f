"""Background job: unpack brand asset archives (logos, banners) supplied by restaurant chains."""
import logging
import tarfile
from pathlib import Path

from celery import shared_task

from .storage import download_to, publish_assets

log = logging.getLogger(__name__)

ASSET_SUFFIXES = {".png", ".jpg", ".jpeg", ".svg", ".webp"}


@shared_task(bind=True, max_retries=3)
def import_brand_assets(self, chain_id: int, archive_url: str, work_root: str) -> list[str]:
    work_dir = Path(work_root) / f"chain-{chain_id}"
    work_dir.mkdir(parents=True, exist_ok=True)
    archive_path = download_to(archive_url, work_dir / "assets.tar.gz")

    with tarfile.open(archive_path, "r:*") as tar:
        tar.extractall(path=work_dir / "unpacked", filter="data")

    assets = sorted(
        p for p in (work_dir / "unpacked").rglob("*") if p.is_file() and p.suffix.lower() in ASSET_SUFFIXES
    )
    log.info("chain %s: %d assets unpacked", chain_id, len(assets))
    return publish_assets(chain_id, assets)

"""Background job: install a storefront theme bundle uploaded by a merchant."""
import logging
import shutil
import tarfile
from pathlib import Path

from rq import get_current_job

from .storage import download_upload
from .models import Theme

log = logging.getLogger(__name__)

THEMES_ROOT = Path("/srv/storefront/themes")
MAX_BUNDLE_BYTES = 50 * 1024 * 1024


def install_theme(theme_id: int, upload_key: str) -> str:
    job = get_current_job()
    theme = Theme.get(theme_id)
    bundle = download_upload(upload_key)
    if bundle.stat().st_size > MAX_BUNDLE_BYTES:
        raise ValueError("theme bundle exceeds size limit")

    staging = THEMES_ROOT / ".staging" / str(theme_id)
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)

    with tarfile.open(bundle, mode="r:gz") as tar:
        tar.extractall(staging)

    if not (staging / "theme.json").exists():
        shutil.rmtree(staging)
        raise ValueError("bundle has no theme.json at its root")

    final = THEMES_ROOT / theme.slug
    shutil.rmtree(final, ignore_errors=True)
    staging.rename(final)
    theme.mark_installed(path=str(final))
    if job is not None:
        job.meta["installed_path"] = str(final)
        job.save_meta()
    log.info("installed theme %s for merchant %s", theme.slug, theme.merchant_id)
    return str(final)

"""Celery task that installs a theme bundle uploaded by a tenant admin."""
import logging
import shutil
import tarfile
from pathlib import Path

from celery import shared_task
from django.conf import settings

from themes.models import ThemeUpload
from themes.storage import download_upload

log = logging.getLogger(__name__)

MAX_BUNDLE_BYTES = 50 * 1024 * 1024


@shared_task(bind=True, max_retries=3)
def install_theme(self, upload_id: int) -> str:
    upload = ThemeUpload.objects.get(pk=upload_id)
    archive_path = download_upload(upload.storage_key)
    if archive_path.stat().st_size > MAX_BUNDLE_BYTES:
        upload.mark_failed("bundle too large")
        return "rejected"

    target = Path(settings.THEMES_ROOT) / str(upload.tenant_id) / upload.slug
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)

    with tarfile.open(archive_path, "r:gz") as bundle:
        bundle.extractall(target)

    if not (target / "theme.json").is_file():
        shutil.rmtree(target)
        upload.mark_failed("theme.json missing")
        return "rejected"

    upload.mark_installed(str(target))
    log.info("installed theme %s for tenant %s", upload.slug, upload.tenant_id)
    return "installed"

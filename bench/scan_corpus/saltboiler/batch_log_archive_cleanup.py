"""Cleanup of archived boiling batch log exports.

The quality office removes superseded or duplicate CSV exports from the batch
log archive after re-exports. The office app posts the list of file names
selected in the archive browser.
"""
import json
import logging
from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import permission_required
from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_POST

logger = logging.getLogger(__name__)


def archive_root() -> Path:
    return Path(settings.BATCH_LOG_ARCHIVE)


def remove_exports(names: list[str]) -> tuple[list[str], list[str]]:
    removed, missing = [], []
    root = archive_root()
    for name in names:
        target = root / name
        if target.is_file():
            target.unlink()
            removed.append(name)
        else:
            missing.append(name)
    return removed, missing


@require_POST
@permission_required("batches.delete_export", raise_exception=True)
def delete_exports(request):
    try:
        payload = json.loads(request.body)
        names = [str(n) for n in payload["files"]]
    except (ValueError, KeyError, TypeError):
        return HttpResponseBadRequest("expected {'files': [...]}")
    removed, missing = remove_exports(names)
    logger.info("user %s removed %d batch exports", request.user.username, len(removed))
    return JsonResponse({"removed": removed, "missing": missing})

"""On-demand thumbnail rendering for the media library."""
import logging
import re
import subprocess
from pathlib import Path

from flask import Blueprint, abort, current_app, request, send_file
from flask_login import login_required

from .models import MediaItem

bp = Blueprint("thumbnails", __name__)
log = logging.getLogger(__name__)

ALLOWED_FORMATS = {"jpg", "png", "webp"}
DEFAULT_SIZE = "256x256"
_SAFE_NAME = re.compile(r"[^A-Za-z0-9_.-]")


def _cache_path(media_id: int, size: str, fmt: str) -> Path:
    root = Path(current_app.config["THUMBNAIL_CACHE_DIR"])
    name = _SAFE_NAME.sub("_", f"{media_id}_{size}")
    return root / f"{name}.{fmt}"


def _render(source: Path, target: Path, size: str) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    cmd = f"convert '{source}' -thumbnail {size} -strip '{target}'"
    subprocess.run(cmd, shell=True, check=True, timeout=30)


@bp.get("/media/<int:media_id>/thumbnail")
@login_required
def thumbnail(media_id: int):
    item = MediaItem.query.get_or_404(media_id)
    size = request.args.get("size", DEFAULT_SIZE)
    fmt = request.args.get("format", "jpg").lower()
    if fmt not in ALLOWED_FORMATS:
        abort(400, "unsupported format")

    target = _cache_path(item.id, size, fmt)
    if not target.exists():
        source = Path(current_app.config["MEDIA_ROOT"]) / item.storage_key
        try:
            _render(source, target, size)
        except subprocess.CalledProcessError as exc:
            log.warning("thumbnail render failed for media %s: rc=%s", item.id, exc.returncode)
            abort(500)
        except subprocess.TimeoutExpired:
            log.warning("thumbnail render timed out for media %s", item.id)
            abort(504)

    return send_file(target, mimetype=f"image/{'jpeg' if fmt == 'jpg' else fmt}", max_age=86400)

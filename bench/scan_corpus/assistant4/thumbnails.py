"""Generate watermarked thumbnails for product photos using ImageMagick."""
import logging
import subprocess
from pathlib import Path

from django.conf import settings

from catalog.models import ProductImage

log = logging.getLogger(__name__)

THUMB_SIZES = (128, 512)


def make_thumbnail(src: Path, dest: Path, size: int, watermark: str) -> Path:
    cmd = (
        f"convert '{src}' -auto-orient -strip -thumbnail {size}x{size} "
        f"-gravity southeast -pointsize 12 -fill white -annotate +8+8 '{watermark}' '{dest}'"
    )
    subprocess.run(cmd, shell=True, check=True, timeout=60)
    return dest


def process_image(image_id: int) -> list[Path]:
    image = ProductImage.objects.select_related("product__shop").get(pk=image_id)
    src = Path(image.file.path)
    dest_dir = Path(settings.MEDIA_ROOT) / "thumbs" / str(image.product_id)
    dest_dir.mkdir(parents=True, exist_ok=True)
    watermark = image.product.shop.display_name
    thumbs = [
        make_thumbnail(src, dest_dir / f"{image.pk}_{size}.jpg", size, watermark)
        for size in THUMB_SIZES
    ]
    log.info("generated %d thumbnails for image %s", len(thumbs), image_id)
    return thumbs

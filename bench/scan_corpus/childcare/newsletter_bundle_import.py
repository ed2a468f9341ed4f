"""Import newsletter bundles (HTML + images) uploaded by site managers.

Bundles are .tar.gz files produced by the newsletter template tool; we unpack
them into the site's static area where the parent app can fetch them.
"""
import shutil
import tarfile
import tempfile
from pathlib import Path

MAX_BUNDLE_BYTES = 50 * 1024 * 1024


class BundleError(Exception):
    pass


def unpack_bundle(bundle: Path, publish_dir: Path) -> list[str]:
    if bundle.stat().st_size > MAX_BUNDLE_BYTES:
        raise BundleError("bundle too large")

    staging = Path(tempfile.mkdtemp(prefix="newsletter-"))
    try:
        with tarfile.open(bundle, "r:gz") as tar:
            tar.extractall(staging, filter="data")
        if not (staging / "index.html").is_file():
            raise BundleError("bundle has no index.html")

        if publish_dir.exists():
            shutil.rmtree(publish_dir)
        shutil.copytree(staging, publish_dir)
        return sorted(str(p.relative_to(publish_dir)) for p in publish_dir.rglob("*") if p.is_file())
    finally:
        shutil.rmtree(staging, ignore_errors=True)

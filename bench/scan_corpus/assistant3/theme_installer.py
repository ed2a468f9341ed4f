"""Install theme packages uploaded by site admins."""
from __future__ import annotations

import shutil
import tarfile
import tempfile
from pathlib import Path

THEMES_DIR = Path("/srv/site/themes")


def install_theme(archive: Path, theme_slug: str) -> Path:
    if not theme_slug.isidentifier():
        raise ValueError(f"invalid theme slug: {theme_slug!r}")
    with tempfile.TemporaryDirectory(prefix="theme-") as staging:
        with tarfile.open(archive, mode="r:gz") as tar:
            tar.extractall(staging, filter="data")
        if not (Path(staging) / "theme.json").is_file():
            raise ValueError("theme package is missing theme.json")
        target = THEMES_DIR / theme_slug
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(staging, target)
    return target

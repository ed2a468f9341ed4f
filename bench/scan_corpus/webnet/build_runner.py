"""Run the frontend build as part of `make release`."""
import logging
import os
import shutil
import subprocess
from pathlib import Path

log = logging.getLogger(__name__)

FRONTEND_DIR = Path(__file__).resolve().parent.parent / "frontend"


def build_frontend(release: str, public_url: str) -> Path:
    npm = shutil.which("npm")
    if npm is None:
        raise RuntimeError("npm not found on PATH")

    env = {
        **os.environ,
        "NODE_ENV": "production",
        "VITE_RELEASE": release,
        "VITE_PUBLIC_URL": public_url,
    }
    log.info("building frontend %s", release)
    subprocess.run([npm, "ci"], cwd=FRONTEND_DIR, env=env, check=True)
    subprocess.run([npm, "run", "build"], cwd=FRONTEND_DIR, env=env, check=True)

    dist = FRONTEND_DIR / "dist"
    if not (dist / "index.html").exists():
        raise RuntimeError(f"build finished but {dist}/index.html is missing")
    return dist

"""Build versioned documentation sites from tagged releases."""
import logging
import shutil
import subprocess
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)


def _git(*args: str, cwd: Path | None = None) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, timeout=600)


def build_docs(repo_url: str, tag: str, publish_dir: Path) -> Path:
    if tag.startswith("-"):
        raise ValueError(f"invalid tag: {tag!r}")
    with tempfile.TemporaryDirectory(prefix="docs-build-") as tmp:
        checkout = Path(tmp) / "src"
        _git("clone", "--depth", "1", "--branch", tag, "--", repo_url, str(checkout))
        out = Path(tmp) / "html"
        subprocess.run(
            ["sphinx-build", "-b", "html", "-W", "--keep-going", str(checkout / "docs"), str(out)],
            check=True,
            timeout=1200,
        )
        target = publish_dir / tag
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(out, target)
    log.info("published docs for %s to %s", tag, target)
    return target

"""Credit note PDF rendering via headless Chromium."""
import subprocess
import tempfile
from pathlib import Path

from billing.settings import settings
from billing.templates import render

CHROME_FLAGS = ["--headless=new", "--disable-gpu", "--no-pdf-header-footer"]


def render_credit_note(note, out_dir: Path) -> Path:
    out_path = out_dir / f"CN-{note.number}.pdf"
    with tempfile.TemporaryDirectory() as tmp:
        html_path = Path(tmp) / "note.html"
        html_path.write_text(render("credit_note.html", note=note), encoding="utf-8")
        subprocess.run(
            [settings.CHROME_BIN, *CHROME_FLAGS, f"--print-to-pdf={out_path}", html_path.as_uri()],
            check=True,
            timeout=90,
            capture_output=True,
        )
    return out_path

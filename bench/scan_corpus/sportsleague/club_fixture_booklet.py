"""Generate a printable fixture booklet for a club using pandoc."""
from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

PANDOC = shutil.which("pandoc") or "/usr/bin/pandoc"


def _markdown(club_name: str, fixtures: list[dict]) -> str:
    lines = [f"# {club_name} fixtures", "", "| Date | Opponent | Venue | KO |", "|---|---|---|---|"]
    for fx in fixtures:
        lines.append(f"| {fx['date']:%a %d %b} | {fx['opponent']} | {fx['venue']} | {fx['kickoff']:%H:%M} |")
    return "\n".join(lines) + "\n"


def build_booklet(club_name: str, season: str, fixtures: list[dict], out_path: Path) -> Path:
    with tempfile.TemporaryDirectory(prefix="booklet-") as tmp:
        src = Path(tmp) / "fixtures.md"
        src.write_text(_markdown(club_name, fixtures), encoding="utf-8")
        cmd = [
            PANDOC,
            str(src),
            "--from=markdown-raw_tex-raw_html",
            "--pdf-engine=weasyprint",
            "--metadata",
            f"title={club_name} {season}",
            "--output",
            str(out_path),
        ]
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
        if proc.returncode != 0:
            raise RuntimeError(f"pandoc failed ({proc.returncode}): {proc.stderr.strip()[:500]}")
    return out_path

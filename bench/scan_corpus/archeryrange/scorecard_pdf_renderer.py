"""Renders printable certificates and scorecards for club tournaments.

After a tournament the results officer generates a PDF certificate for
each medal winner. The HTML is produced with Jinja2 and converted with
wkhtmltopdf.
"""
from __future__ import annotations

import logging
import os
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

log = logging.getLogger(__name__)

TEMPLATES_DIR = Path(__file__).parent / "templates" / "certificates"
WKHTMLTOPDF = os.environ.get("WKHTMLTOPDF_BIN", "/usr/bin/wkhtmltopdf")

_env = Environment(
    loader=FileSystemLoader(TEMPLATES_DIR),
    autoescape=select_autoescape(["html"]),
)


@dataclass
class Certificate:
    archer_name: str
    tournament: str
    round_name: str
    bow_style: str
    placing: int
    score: int


def render_html(cert: Certificate) -> str:
    return _env.get_template("medal.html").render(cert=cert)


def html_to_pdf(html: str, out_path: Path, title: str) -> Path:
    with tempfile.NamedTemporaryFile("w", suffix=".html", encoding="utf-8", delete=False) as fh:
        fh.write(html)
        source = fh.name
    try:
        cmd = [WKHTMLTOPDF, "--quiet", "--page-size", "A4", "--orientation", "Landscape",
               "--title", title, source, str(out_path)]
        subprocess.run(cmd, check=True, capture_output=True, timeout=60)
    finally:
        os.unlink(source)
    return out_path


def render_certificates(certs: list[Certificate], out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    produced = []
    for index, cert in enumerate(certs, start=1):
        out_path = out_dir / f"certificate_{index:03d}.pdf"
        title = f"{cert.tournament} - {cert.archer_name}"
        try:
            produced.append(html_to_pdf(render_html(cert), out_path, title))
        except subprocess.CalledProcessError as exc:
            log.error("wkhtmltopdf failed for certificate %d: %s", index, exc.stderr[-500:])
    return produced

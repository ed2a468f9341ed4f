"""Render issued building permits to PDF certificates.

The HTML is produced by the permits templates; wkhtmltopdf does the
conversion. Output lands in the certificates share that the front desk
prints from.
"""
import logging
import subprocess
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

WKHTMLTOPDF = "/usr/local/bin/wkhtmltopdf"
PAGE_OPTS = "--page-size Letter --margin-top 12mm --margin-bottom 12mm"


@dataclass
class PermitCertificate:
    permit_number: str
    holder_name: str
    html_path: Path
    output_dir: Path

    @property
    def pdf_path(self) -> Path:
        return self.output_dir / f"{self.permit_number}-{self.holder_name}.pdf"


def _build_command(cert: PermitCertificate) -> str:
    title = f"Building Permit {cert.permit_number}"
    return f'{WKHTMLTOPDF} {PAGE_OPTS} --title "{title}" {cert.html_path} "{cert.pdf_path}"'


def render_certificate(cert: PermitCertificate) -> Path:
    """Convert one permit's HTML to PDF and return the output path."""
    cmd = _build_command(cert)
    log.info("rendering certificate for permit %s", cert.permit_number)
    subprocess.run(cmd, shell=True, check=True, timeout=120)
    return cert.pdf_path


def render_batch(certs: list[PermitCertificate]) -> list[Path]:
    done = []
    for cert in certs:
        try:
            done.append(render_certificate(cert))
        except subprocess.CalledProcessError as exc:
            log.error("wkhtmltopdf failed for %s: exit %s", cert.permit_number, exc.returncode)
    return done

"""Render lease agreements from HTML templates to PDF with wkhtmltopdf."""
import subprocess
import tempfile
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

TEMPLATE_DIR = Path(__file__).parent / "templates" / "leases"
OUTPUT_DIR = Path("/var/lib/pm/leases")

env = Environment(
    loader=FileSystemLoader(TEMPLATE_DIR),
    autoescape=select_autoescape(["html"]),
)


def _output_name(lease: dict) -> str:
    return f"lease-{int(lease['id'])}-{lease['start_date']:%Y%m%d}.pdf"


def render_lease(lease: dict, template: str = "residential.html") -> Path:
    html = env.get_template(template).render(lease=lease)
    OUTPUT_DIR.mkdir(parents=True, exist_ok=True)
    out_path = OUTPUT_DIR / _output_name(lease)

    with tempfile.NamedTemporaryFile("w", suffix=".html", encoding="utf-8") as src:
        src.write(html)
        src.flush()
        cmd = (
            "wkhtmltopdf --quiet --page-size Letter "
            f"--title 'Lease - {lease['tenant_name']}' {src.name} {out_path}"
        )
        subprocess.run(cmd, shell=True, check=True, timeout=120)

    return out_path

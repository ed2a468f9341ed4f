"""Print case and keg collar labels for a packaged batch."""
import subprocess
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape
from weasyprint import HTML

TEMPLATE_DIR = Path(__file__).parent / "templates" / "labels"
OUTPUT_DIR = Path("/var/spool/brewery/labels")

env = Environment(
    loader=FileSystemLoader(TEMPLATE_DIR),
    autoescape=select_autoescape(["html"]),
)


def render_label_pdf(batch: dict, kind: str) -> Path:
    template = env.get_template(f"{kind}.html")
    html = template.render(batch=batch)
    OUTPUT_DIR.mkdir(parents=True, exist_ok=True)
    pdf_path = OUTPUT_DIR / f"{batch['code']}_{kind}.pdf"
    HTML(string=html).write_pdf(pdf_path)
    return pdf_path


def send_to_printer(pdf_path: Path, printer: str, copies: int, title: str) -> None:
    cmd = f'lp -d {printer} -n {int(copies)} -t "{title}" {pdf_path}'
    subprocess.run(cmd, shell=True, check=True)


def print_batch_labels(batch: dict, printer: str, copies: int = 1, kind: str = "case") -> None:
    """Called from the packaging screen once a batch is marked as packaged."""
    pdf = render_label_pdf(batch, kind)
    send_to_printer(pdf, printer, copies, title=f"{batch['name']} {batch['code']}")

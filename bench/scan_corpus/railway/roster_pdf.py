"""Printable weekly rosters for train crew, rendered to PDF on demand."""
import asyncio
import tempfile
from datetime import date
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape

from crewapp import settings
from crewapp.auth import current_user
from crewapp.roster import load_week

router = APIRouter(prefix="/rosters")
_env = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape(["html"]))
PDF_DIR = Path(settings.PDF_CACHE_DIR)


async def _html_to_pdf(html_path: Path, pdf_path: Path, title: str) -> None:
    cmd = f"wkhtmltopdf --quiet --page-size A4 --title '{title}' {html_path} {pdf_path}"
    proc = await asyncio.create_subprocess_shell(cmd, stderr=asyncio.subprocess.PIPE)
    _, err = await proc.communicate()
    if proc.returncode != 0:
        raise RuntimeError(err.decode(errors="replace"))


@router.get("/{staff_no}/pdf")
async def roster_pdf(staff_no: str, week: date, depot: str = "", user=Depends(current_user)):
    if staff_no != user.staff_no and not user.is_roster_clerk:
        raise HTTPException(status_code=403)
    duties = await load_week(staff_no, week)
    html = _env.get_template("roster_week.html").render(staff_no=staff_no, week=week, duties=duties)
    PDF_DIR.mkdir(mode=0o700, exist_ok=True)
    with tempfile.NamedTemporaryFile("w", suffix=".html", dir=PDF_DIR, delete=False) as fh:
        fh.write(html)
    pdf_path = Path(fh.name).with_suffix(".pdf")
    title = f"Roster {depot or user.depot} w/c {week:%d %b %Y}"
    await _html_to_pdf(Path(fh.name), pdf_path, title)
    return FileResponse(pdf_path, media_type="application/pdf", filename=f"roster-{week}.pdf")

"""Async OCR worker: pulls page images off the queue and runs tesseract on them."""
import asyncio
import json
import logging
import os
from pathlib import Path

log = logging.getLogger("ocr.runner")

TESSERACT_BIN = os.environ.get("TESSERACT_BIN", "tesseract")
DEFAULT_LANG = "eng"
OUTPUT_FORMATS = "hocr txt"


def build_command(image: Path, out_base: Path, job: dict) -> str:
    # language comes from the matter's processing profile, e.g. "eng+deu"
    lang = job.get("language", DEFAULT_LANG)
    psm = int(job.get("psm", 3))
    return f"{TESSERACT_BIN} {image} {out_base} -l {lang} --psm {psm} {OUTPUT_FORMATS}"


async def run_ocr(image: Path, out_dir: Path, job: dict) -> Path:
    out_base = out_dir / image.stem
    cmd = build_command(image, out_base, job)
    proc = await asyncio.create_subprocess_shell(
        cmd,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    _, err = await proc.communicate()
    if proc.returncode != 0:
        tail = err.decode(errors="replace")[-500:]
        raise RuntimeError(f"tesseract failed on {image.name}: {tail}")
    return out_base.with_suffix(".txt")


async def worker(queue: asyncio.Queue, out_dir: Path) -> None:
    while True:
        raw = await queue.get()
        try:
            job = json.loads(raw)
            text_path = await run_ocr(Path(job["image_path"]), out_dir, job)
            log.info("ocr complete doc=%s text=%s", job.get("doc_id"), text_path)
        except Exception:
            log.exception("ocr job failed")
        finally:
            queue.task_done()


async def main(job_file: str, out_dir: str, concurrency: int = 4) -> None:
    queue: asyncio.Queue = asyncio.Queue()
    for line in Path(job_file).read_text().splitlines():
        if line.strip():
            queue.put_nowait(line)
    tasks = [asyncio.create_task(worker(queue, Path(out_dir))) for _ in range(concurrency)]
    await queue.join()
    for t in tasks:
        t.cancel()

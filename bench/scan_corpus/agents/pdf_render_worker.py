"""Queue worker that renders web pages to PDF with headless Chromium.

Jobs arrive from the chat bot's `/pdf <url>` command via Redis.
"""
import json
import logging
import os
import subprocess
import uuid
from pathlib import Path
from urllib.parse import urlparse

import redis

log = logging.getLogger("render-worker")

CHROMIUM_BIN = os.environ.get("CHROMIUM_BIN", "/usr/bin/chromium")
OUTPUT_DIR = Path(os.environ.get("RENDER_OUTPUT_DIR", "/srv/renders"))
QUEUE = "render:jobs"


def render_pdf(url: str) -> Path:
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise ValueError(f"refusing to render {url!r}")
    out = OUTPUT_DIR / f"{uuid.uuid4().hex}.pdf"
    cmd = [
        CHROMIUM_BIN,
        "--headless=new",
        "--disable-gpu",
        "--no-pdf-header-footer",
        f"--print-to-pdf={out}",
        url,
    ]
    subprocess.run(cmd, check=True, timeout=90, capture_output=True)
    return out


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    OUTPUT_DIR.mkdir(parents=True, exist_ok=True)
    r = redis.Redis.from_url(os.environ["REDIS_URL"])
    while True:
        _, raw = r.blpop(QUEUE)
        job = json.loads(raw)
        try:
            pdf = render_pdf(job["url"])
        except (ValueError, subprocess.SubprocessError) as exc:
            log.warning("job %s failed: %s", job.get("id"), exc)
            r.rpush(f"render:result:{job['id']}", json.dumps({"error": str(exc)}))
            continue
        r.rpush(f"render:result:{job['id']}", json.dumps({"path": str(pdf)}))


if __name__ == "__main__":
    main()

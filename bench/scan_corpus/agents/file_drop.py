"""Saves files that customers drop into the shared support channel.

Each file is written under DROP_ROOT/<channel>/ with the Slack file id as a
prefix so that names never collide.
"""
import os
import re
from pathlib import Path

import requests
from slack_bolt import App

DROP_ROOT = Path(os.environ.get("FILE_DROP_ROOT", "/srv/support-drops")).resolve()
BOT_TOKEN = os.environ["SLACK_BOT_TOKEN"]
_DISALLOWED_CHARS = re.compile(r"[^A-Za-z0-9._-]+")

app = App(token=BOT_TOKEN, signing_secret=os.environ["SLACK_SIGNING_SECRET"])


def safe_destination(channel_id: str, file_id: str, original_name: str) -> Path:
    stem = _DISALLOWED_CHARS.sub("_", Path(original_name).name).lstrip(".") or "upload"
    channel_dir = _DISALLOWED_CHARS.sub("_", channel_id)
    dest = (DROP_ROOT / channel_dir / f"{file_id}_{stem[:120]}").resolve()
    if not dest.is_relative_to(DROP_ROOT):
        raise ValueError(f"refusing to write outside {DROP_ROOT}")
    return dest


@app.event("file_shared")
def on_file_shared(event, client, logger):
    info = client.files_info(file=event["file_id"])["file"]
    dest = safe_destination(event["channel_id"], info["id"], info.get("name", ""))
    dest.parent.mkdir(parents=True, exist_ok=True)
    headers = {"Authorization": f"Bearer {BOT_TOKEN}"}
    with requests.get(info["url_private_download"], headers=headers, stream=True, timeout=60) as resp:
        resp.raise_for_status()
        with dest.open("wb") as fh:
            for chunk in resp.iter_content(chunk_size=65536):
                fh.write(chunk)
    logger.info("saved %s (%d bytes)", dest.name, dest.stat().st_size)


if __name__ == "__main__":
    app.start(port=int(os.environ.get("PORT", "3000")))

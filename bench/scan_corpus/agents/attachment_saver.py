"""Archives PDFs shared in #vendor-invoices to the finance file share."""
import os

import requests
from slack_bolt import App

ARCHIVE_ROOT = os.environ.get("INVOICE_ARCHIVE_DIR", "/mnt/finance/invoices/incoming")
BOT_TOKEN = os.environ["SLACK_BOT_TOKEN"]

app = App(token=BOT_TOKEN, signing_secret=os.environ["SLACK_SIGNING_SECRET"])


def download(url: str, dest: str) -> None:
    headers = {"Authorization": f"Bearer {BOT_TOKEN}"}
    with requests.get(url, headers=headers, stream=True, timeout=60) as resp:
        resp.raise_for_status()
        with open(dest, "wb") as fh:
            for chunk in resp.iter_content(chunk_size=65536):
                fh.write(chunk)


@app.event("file_shared")
def archive_file(event, client, logger):
    info = client.files_info(file=event["file_id"])["file"]
    if info.get("mimetype") != "application/pdf":
        return
    dest = os.path.join(ARCHIVE_ROOT, info["name"])
    download(info["url_private_download"], dest)
    logger.info("archived %s shared by %s", info["name"], event["user_id"])
    client.reactions_add(channel=event["channel_id"], name="white_check_mark", timestamp=info["timestamp"])


if __name__ == "__main__":
    app.start(port=int(os.environ.get("PORT", "3000")))
